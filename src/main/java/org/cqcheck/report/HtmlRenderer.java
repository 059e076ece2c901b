package org.cqcheck.report;

import static org.cqcheck.report.Escaping.html;

import java.io.IOException;
import java.io.Writer;
import java.math.MathContext;
import java.util.List;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Edition;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.engine.Target;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.model.Coded;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;

/**
 * One self-contained HTML file for the review file: no external assets and no script. First a
 * summary table, one row per proposal (its verdict, what decides it, a link to its section); then
 * per proposal a verdict banner, the key facts of the project, and a table of the findings that
 * apply, each with its severity, its figures (and, for a miss, a place for what would pass), for
 * every figure compared with a numeric threshold a small inline SVG chart of the actual value
 * against the required one, and the document's title, clause and quote. Print styles lay it out on
 * A4, one proposal per page. An indicator report is a section of its own, a scorecard: its counts
 * by status, then its aggregate targets in a table per topic of indicator keys, each with a chart
 * of the report's figure against the threshold (see {@link #targetChart}). Column widths are fixed
 * and headers never wrap, so that at 1280 px and on A4 no cell's text overflows and no header
 * breaks inside a word ({@code .ci/consumers/check-html-layout.mjs} checks both in Chromium).
 * Every text is written through {@link Escaping#html}, which also shows as escapes the characters
 * HTML forbids or that would hide or reorder a field's text.
 */
final class HtmlRenderer implements ReportRenderer {

  private static final String CSS = """
      @page { size: A4; margin: 14mm 12mm; }
      * { box-sizing: border-box; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
             "Noto Sans", "Helvetica Neue", Arial, sans-serif; font-size: 9.5pt; line-height: 1.45;
             color: #1f2328; margin: 0 auto; padding: 8mm; max-width: 210mm; }
      h1 { font-size: 15pt; margin: 0 0 2mm; }
      .meta { color: #57606a; font-size: 8.5pt; margin: 0 0 4mm; overflow-wrap: anywhere; }
      section.proposal, section.scorecard { margin: 0 0 8mm; }
      @media print { body { padding: 0; } main > section + section { break-before: page; } }
      .banner { padding: 2.5mm 4mm; border-radius: 2mm; font-weight: 700; font-size: 12pt;
                margin: 0 0 3mm; border-left: 3mm solid; }
      .v-PASS, .v-VALID { background: #dafbe1; border-color: #1a7f37; }
      .v-WARN { background: #fff8c5; border-color: #bf8700; }
      .v-INCOMPLETE { background: #fbefff; border-color: #8250df; }
      .v-FAIL, .v-ERROR { background: #ffebe9; border-color: #cf222e; }
      .v-INCONCLUSIVE { background: #fff8c5; border-color: #9a6700; }
      .banner small { font-weight: 400; font-size: 9pt; color: #57606a; margin-left: 2mm; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr;
                 gap: 1mm 4mm; margin: 0 0 4mm; font-size: 9pt; }
      dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
      table { width: 100%; border-collapse: collapse; table-layout: fixed; }
      th, td { border-bottom: 0.3mm solid #d0d7de; padding: 1.5mm 1.5mm; vertical-align: top;
               text-align: left; overflow-wrap: anywhere; }
      th { font-size: 8.5pt; color: #57606a; font-weight: 600; white-space: nowrap;
           overflow-wrap: normal; }
      tr { break-inside: avoid; }
      col.status { width: 21mm; } col.rule { width: 40mm; } col.figures { width: 32mm; }
      col.chart { width: 41mm; }
      :lang(zh) col.status { width: 16mm; }
      .s { font-weight: 700; font-size: 8.5pt; white-space: nowrap; overflow-wrap: normal; }
      table.summary { margin: 0 0 6mm; }
      table.summary caption { text-align: left; font-weight: 600; font-size: 10pt;
                              margin: 0 0 1mm; }
      col.number { width: 12mm; } col.proposal { width: 62mm; } col.verdict { width: 30mm; }
      :lang(zh) col.verdict { width: 20mm; }
      table.summary td.v { font-weight: 700; white-space: nowrap; overflow-wrap: normal; }
      .v-text-PASS, .v-text-VALID { color: #1a7f37; } .v-text-WARN { color: #9a6700; }
      .v-text-INCOMPLETE { color: #8250df; } .v-text-FAIL, .v-text-ERROR { color: #cf222e; }
      .v-text-INCONCLUSIVE { color: #9a6700; }
      .file { color: #57606a; font-size: 8pt; }
      .sev { display: inline-block; font-size: 7.5pt; border: 0.2mm solid #d0d7de;
             border-radius: 1mm; padding: 0 1mm; margin-top: 0.5mm; color: #57606a; }
      .sev-MANDATORY { color: #1f2328; border-color: #57606a; }
      .remedy { margin-top: 1mm; font-size: 8.5pt; }
      .doc { font-size: 8.5pt; } .clause { white-space: nowrap; }
      .s-PASS { color: #1a7f37; } .s-WARN { color: #9a6700; } .s-FAIL { color: #cf222e; }
      .s-MISSING_DATA { color: #8250df; } .s-NOT_APPLICABLE { color: #57606a; }
      .s-WAIVED { color: #0969da; } .s-INCONCLUSIVE { color: #9a6700; }
      h3.topic { font-size: 10.5pt; margin: 4mm 0 1mm; }
      table.targets col.status { width: 27mm; } :lang(zh) table.targets col.status { width: 19mm; }
      table.targets .clause { white-space: normal; }
      ul.counts { list-style: none; padding: 0; margin: 0 0 2mm; display: flex; flex-wrap: wrap;
                  gap: 1mm 4mm; font-weight: 600; }
      .legend { color: #57606a; font-size: 8pt; margin: 0 0 2mm; }
      .key { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt;
             color: #57606a; }
      .undecided-on { color: #9a6700; font-weight: 600; }
      .reported { margin-top: 1mm; font-size: 8.5pt; }
      .rule { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8pt; }
      .why { color: #57606a; font-size: 8.5pt; }
      .formula { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt;
                 color: #57606a; }
      blockquote { margin: 1mm 0 0; padding-left: 2mm; border-left: 0.6mm solid #d0d7de; }
      .errors li { color: #cf222e; } .warnings li { color: #9a6700; }
      .to-supply { color: #8250df; font-weight: 600; }
      .fails-on { color: #cf222e; font-weight: 600; }
      .na { color: #57606a; font-size: 8.5pt; margin-top: 2mm; }
      svg { display: block; max-width: 100%; height: auto; }
      """;

  @Override
  public void render(Report report, RenderOptions options, Writer out) throws IOException {
    Words words = Words.of(options.language());
    Messages messages = words.messages();
    FindingText text = words.text();
    boolean zh = options.language().chinese();
    Report.Summary s = report.summary();
    out.write("<!DOCTYPE html>\n<html lang=\"" + (zh ? "zh-CN" : "en") + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>" + html(messages.get("html.title")) + "</title>\n"
        + "<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    // Landmarks (a header, one main, a headed section per proposal), so that a screen reader can
    // move from proposal to proposal, and every text is inside one (axe: region, landmark-one-main).
    out.write("<header>\n<h1>" + html(messages.get("html.title")) + "</h1>\n");
    out.write("<p class=\"meta\">" + html(messages.summary(s))
        + " · cqcheck " + html(report.toolVersion()) + " · " + html(messages.get("html.ruleSet"))
        + " " + html(report.fingerprint()) + "</p>\n</header>\n<main>\n");
    if (!report.waiverNotes().isEmpty()) {
      out.write("<ul class=\"warnings\">");
      for (WaiverNote note : report.waiverNotes()) {
        out.write("<li>" + html(messages.waiverNote(note)) + "</li>");
      }
      out.write("</ul>\n");
    }
    summary(report.results(), messages, text, out);
    int index = 0;
    Charts charts = new Charts();
    for (CheckResult r : report.results()) {
      if (r.isIndicatorReport()) {
        scorecard(r, ++index, report, options.verbose(), messages, text, zh, charts, out);
      } else {
        proposal(r, ++index, report, messages, text, zh, out);
      }
    }
    out.write("</main>\n</body>\n</html>\n");
  }

  /** The proposal's section, headed by its verdict; {@code index} (1-based) names its heading. */
  private static void proposal(CheckResult r, int index, Report report, Messages messages,
      FindingText text, boolean zh, Writer out) throws IOException {
    out.write("<section class=\"proposal\" aria-labelledby=\"p" + index + "\">\n<h2 id=\"p"
        + index + "\" class=\"banner v-" + r.verdict().name() + "\">" + index + ". "
        + html(messages.get("verdict." + r.verdict().name())) + " · "
        + html(name(r))
        + (r.title() == null ? "" : " · " + html(r.title()))
        + (r.asOf() == null ? "" : "<small>" + html(messages.get("text.asOf", r.asOf())) + "</small>")
        + "</h2>\n");
    facts(r, messages, zh, out);
    problems("errors", r.errors(), messages, out);
    if (r.verdict() == Verdict.FAIL) {
      out.write("<p class=\"fails-on\">"
          + html(text.failsOn(ReadingOrder.failing(r.findings()))) + "</p>\n");
    }
    List<MissingItem> toSupply = r.toSupply();
    if (!toSupply.isEmpty()) {
      out.write("<p class=\"to-supply\">" + html(messages.toSupply(toSupply)) + "</p>\n");
    }
    problems("warnings", r.warnings(), messages, out);
    List<Finding> applicable = ReadingOrder.of(r.findings()).stream()
        .filter(f -> f.status() != Status.NOT_APPLICABLE).toList();
    if (!applicable.isEmpty()) {
      out.write("<table class=\"findings\">\n<colgroup><col class=\"status\"><col class=\"rule\">"
          + "<col class=\"figures\"><col class=\"chart\"><col></colgroup>\n<thead><tr>"
          + th(messages.get("text.header.status")) + th(messages.get("text.header.rule"))
          + th(messages.get("html.figures")) + th(messages.get("html.chart"))
          + th(messages.get("html.source")) + "</tr></thead>\n<tbody>\n");
      for (Finding f : applicable) {
        out.write("<tr><td class=\"s s-" + f.status().name() + "\">"
            + html(messages.get("status." + f.status().name())) + "</td>"
            + "<td><span class=\"rule\">" + html(f.ruleId()) + "</span><br><span class=\"why\">"
            + html(text.brief(f)) + "</span><br><span class=\"sev sev-"
            + f.rule().severity().name() + "\">"
            + html(messages.get("text.severity." + f.rule().severity().name())) + "</span></td>"
            + "<td>" + html(text.actual(f)) + "<br><span class=\"why\">" + html(text.required(f))
            + "</span>" + remedyBlock(text.remedy(r.remedies(f))) + "</td><td>" + chart(f, messages, text)
            + "</td><td>" + citation(f, report, zh)
            + "<blockquote" + (zh ? "" : " lang=\"zh-CN\"") + ">「" + html(f.quote())
            + "」</blockquote>"
            + (f.metric() == null ? "" : "<div class=\"formula\">" + html(f.metric().formula()) + "</div>")
            + "</td></tr>\n");
      }
      out.write("</tbody>\n</table>\n");
    }
    List<Finding> notApplicable = r.findings().stream()
        .filter(f -> f.status() == Status.NOT_APPLICABLE).toList();
    if (!notApplicable.isEmpty()) {
      out.write("<p class=\"na\">" + html(messages.get("html.notApplicable")) + " "
          + html(String.join(", ", notApplicable.stream().map(Finding::ruleId).toList())) + "</p>\n");
    }
    out.write("</section>\n");
  }

  /**
   * An indicator report's section, headed by its verdict: the report's facts, what decides the
   * verdict, the counts of its targets by status, then a table per topic of indicator keys
   * (industry, investment, sector...), each target with its figure, the requirement, a chart of
   * the one against the other, and the document, clause and both quotes. Targets that do not
   * apply are counted, and listed only with --verbose. {@code index} (1-based) names its heading.
   */
  private static void scorecard(CheckResult r, int index, Report report, boolean verbose,
      Messages messages, FindingText text, boolean zh, Charts charts, Writer out)
      throws IOException {
    out.write("<section class=\"scorecard\" aria-labelledby=\"p" + index + "\">\n<h2 id=\"p"
        + index + "\" class=\"banner v-" + r.verdict().name() + "\">" + index + ". "
        + html(messages.get("verdict." + r.verdict().name())) + " · " + html(name(r))
        + (r.title() == null ? "" : " · " + html(r.title())) + "</h2>\n");
    out.write("<dl class=\"facts\">");
    fact(messages.get("html.file"), r.file() + r.location(), out);
    if (r.indicatorReport().isPresent()) {
      IndicatorReport ir = r.indicatorReport().get();
      fact(messages.get("html.region"), ir.region().name()
          + (zh ? "（" : " (") + messages.get("region." + ir.region().level().name())
          + (zh ? "）" : ")"), out);
      fact(messages.get("html.year"), String.valueOf(ir.year()), out);
      fact(messages.get("html.span"), ir.span() == null ? "—" : ir.span(), out);
      fact(messages.get("html.publishedOn"),
          ir.publishedOn() == null ? "—" : ir.publishedOn().toString(), out);
      fact(messages.get("html.reportSource"), ir.source() == null ? "—" : ir.source(), out);
    }
    out.write("</dl>\n");
    problems("errors", r.errors(), messages, out);
    if (r.verdict() == Verdict.FAIL) {
      out.write("<p class=\"fails-on\">" + html(Scorecard.decidedBy(r, text, messages))
          + "</p>\n");
    } else if (r.verdict() == Verdict.INCONCLUSIVE) {
      out.write("<p class=\"undecided-on\">" + html(Scorecard.decidedBy(r, text, messages))
          + "</p>\n");
    }
    problems("warnings", r.warnings(), messages, out);
    if (r.findings().isEmpty()) {
      out.write("</section>\n");
      return;
    }
    Scorecard card = Scorecard.of(r, verbose);
    Scorecard.Counts c = card.counts();
    out.write("<ul class=\"counts\" aria-label=\"" + html(messages.get("html.countsLabel"))
        + "\">" + count("PASS", "scorecard.count.met", c.met(), messages)
        + count("FAIL", "scorecard.count.missed", c.missed(), messages)
        + count("INCONCLUSIVE", "scorecard.count.inconclusive", c.inconclusive(), messages)
        + count("MISSING_DATA", "scorecard.count.noData", c.noData(), messages)
        + count("NOT_APPLICABLE", "scorecard.count.notApplicable", c.notApplicable(), messages)
        + "</ul>\n");
    if (!card.groups().isEmpty()) {
      out.write("<p class=\"legend\">" + html(messages.get("html.chartLegend")) + "</p>\n");
    }
    for (Scorecard.Group group : card.groups()) {
      String id = "p" + index + "-" + group.topic();
      out.write("<h3 class=\"topic\" id=\"" + html(id) + "\">"
          + html(Scorecard.topicName(group.topic(), messages)) + "</h3>\n");
      out.write("<table class=\"findings targets\" aria-labelledby=\"" + html(id) + "\">\n"
          + "<colgroup><col class=\"status\"><col class=\"rule\">"
          + "<col class=\"figures\"><col class=\"chart\"><col></colgroup>\n<thead><tr>"
          + th(messages.get("text.header.status")) + th(messages.get("html.target"))
          + th(messages.get("html.figureRequired")) + th(messages.get("html.chart"))
          + th(messages.get("html.source")) + "</tr></thead>\n<tbody>\n");
      for (Finding f : group.findings()) {
        String indicator = f.rule().target().map(Target::indicator).orElse("");
        String figure = f.status() == Status.MISSING_DATA ? messages.get("scorecard.noFigure")
            : text.actual(f);
        out.write("<tr><td class=\"s s-" + f.status().name() + "\">"
            + html(messages.get("status." + f.status().name())) + "</td>"
            + "<td><span class=\"rule\">" + html(f.ruleId()) + "</span><br><span class=\"key\">"
            + html(indicator) + "</span>"
            + (f.status() == Status.NOT_APPLICABLE
                ? "<br><span class=\"why\">" + html(text.brief(f)) + "</span>" : "")
            + "<br><span class=\"sev\">" + html(text.weight(f)) + "</span></td>"
            + "<td>" + html(figure) + "<br><span class=\"why\">" + html(text.required(f))
            + "</span></td><td>" + targetChart(f, charts.next(), messages, text) + "</td><td>"
            + citation(f, report, zh)
            + "<blockquote" + (zh ? "" : " lang=\"zh-CN\"") + ">「" + html(f.quote())
            + "」</blockquote>" + reported(f, messages, zh) + "</td></tr>\n");
      }
      out.write("</tbody>\n</table>\n");
    }
    if (card.hidden() > 0) {
      out.write("<p class=\"na\">" + html(messages.get("html.targetsHidden", card.hidden()))
          + "</p>\n");
    }
    out.write("</section>\n");
  }

  private static String count(String status, String key, int n, Messages messages) {
    return "<li class=\"s-" + status + "\">" + html(messages.get(key, n)) + "</li>";
  }

  /** The report's own words for a target's figure ("reported: 「…」"), if it quotes them. */
  private static String reported(Finding f, Messages messages, boolean zh) {
    if (!(f.evidence() instanceof Evidence.Reading reading) || reading.figure().quote() == null) {
      return "";
    }
    return "<div class=\"reported\">" + html(messages.get("html.reported"))
        + (zh ? "<span>" : " <span lang=\"zh-CN\">") + "「" + html(reading.figure().quote())
        + "」</span></div>";
  }

  /** Numbers the charts of one report, so that each names its own pattern and gradient. */
  private static final class Charts {
    private int next;

    int next() {
      return ++next;
    }
  }

  /**
   * A target's chart: the report's figure as a bar and the threshold as a dashed mark, on a scale
   * from 0 (or the lowest figure) to a quarter beyond the larger of the two. An estimate is
   * hatched (an SVG pattern). A bound is open-ended: a figure of at least or more than b is a solid
   * bar to b that fades on to the right edge, ending in an arrow; one of at most or less than b
   * fades from b to the left edge, ending in an arrow there. For an "about" target (≈) a grey
   * band marks the 5% either side it allows. Its title and label say the figure, the requirement
   * and the outcome in words; nothing for a target without a figure.
   *
   * @param n the chart's number in the report, which names its pattern and gradient
   */
  static String targetChart(Finding f, int n, Messages messages, FindingText text) {
    if (!(f.evidence() instanceof Evidence.Reading reading)) {
      return "";
    }
    double value = f.actual().doubleValue();
    double threshold = f.required().doubleValue();
    FigureBasis basis = reading.figure().basis();
    double low = Math.min(0, Math.min(value, threshold));
    double high = Math.max(0, Math.max(value, threshold));
    high += (high - low) * 0.25;
    if (high - low <= 0) {
      high = low + 1;
    }
    double left = 8;
    double right = 140;
    double scale = (right - left) / (high - low);
    double x0 = left + (0 - low) * scale;
    double xv = left + (value - low) * scale;
    double xt = left + (threshold - low) * scale;
    String colour = switch (f.status()) {
      case PASS -> "#1a7f37";
      case FAIL -> "#cf222e";
      default -> "#9a6700";
    };
    String title = messages.get("html.chart.target", text.actual(f), text.required(f),
        messages.get("html.chart.outcome." + f.status().name()));
    String hatch = "c" + n + "-hatch";
    String fade = "c" + n + "-fade";
    boolean openRight = basis == FigureBasis.AT_LEAST || basis == FigureBasis.ABOVE;
    boolean openLeft = basis == FigureBasis.AT_MOST || basis == FigureBasis.BELOW;
    StringBuilder svg = new StringBuilder("<svg width=\"148\" height=\"26\" viewBox=\"0 0 148 26\""
        + " role=\"img\" aria-label=\"" + html(title) + "\"><title>" + html(title) + "</title>");
    if (basis == FigureBasis.ESTIMATE) {
      svg.append("<defs><pattern id=\"").append(hatch).append("\" width=\"4\" height=\"4\"")
          .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
          .append("<rect width=\"4\" height=\"4\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\"")
          .append(" x2=\"0\" y2=\"4\" stroke=\"").append(colour)
          .append("\" stroke-width=\"2.5\"/></pattern></defs>");
    } else if (openRight || openLeft) {
      // Opaque where the bound is, fading away towards the open end.
      svg.append("<defs><linearGradient id=\"").append(fade).append("\" x1=\"")
          .append(openRight ? "0" : "1").append("\" y1=\"0\" x2=\"").append(openRight ? "1" : "0")
          .append("\" y2=\"0\"><stop offset=\"0\" stop-color=\"").append(colour)
          .append("\" stop-opacity=\"0.75\"/><stop offset=\"1\" stop-color=\"").append(colour)
          .append("\" stop-opacity=\"0.05\"/></linearGradient></defs>");
    }
    svg.append("<rect x=\"").append(fmt(left)).append("\" y=\"8\" width=\"")
        .append(fmt(right - left)).append("\" height=\"10\" fill=\"#f6f8fa\"/>");
    if (f.rule().target().map(Target::comparator).orElse(null) == Comparator.APPROXIMATELY) {
      double tolerance = Math.abs(threshold) * 0.05 * scale;
      svg.append("<rect class=\"tolerance\" x=\"").append(fmt(xt - tolerance))
          .append("\" y=\"5\" width=\"").append(fmt(2 * tolerance))
          .append("\" height=\"16\" fill=\"#d0d7de\"/>");
    }
    if (openRight) {
      svg.append(bar(Math.min(x0, xv), Math.abs(xv - x0), colour, null))
          .append(bar(xv, right - xv, "url(#" + fade + ")", null))
          .append("<path class=\"open-end\" d=\"M140 5 L147 13 L140 21 Z\" fill=\"")
          .append(colour).append("\" fill-opacity=\"0.5\"/>");
    } else if (openLeft) {
      svg.append(bar(left, xv - left, "url(#" + fade + ")", null))
          .append(bar(xv - 1, 2, colour, null))
          .append("<path class=\"open-end\" d=\"M8 5 L1 13 L8 21 Z\" fill=\"")
          .append(colour).append("\" fill-opacity=\"0.5\"/>");
    } else if (basis == FigureBasis.ESTIMATE) {
      svg.append(bar(Math.min(x0, xv), Math.abs(xv - x0), "url(#" + hatch + ")", colour));
    } else {
      svg.append(bar(Math.min(x0, xv), Math.abs(xv - x0), colour, null));
    }
    svg.append("<line x1=\"").append(fmt(xt)).append("\" y1=\"2\" x2=\"").append(fmt(xt))
        .append("\" y2=\"24\" stroke=\"#1f2328\" stroke-width=\"1.5\"")
        .append(" stroke-dasharray=\"2 1\"/></svg>");
    return svg.toString();
  }

  /** A bar of the chart, 10 high; with {@code outline}, drawn round in that colour. */
  private static String bar(double x, double width, String fill, String outline) {
    return "<rect x=\"" + fmt(x) + "\" y=\"8\" width=\"" + fmt(Math.max(0, width))
        + "\" height=\"10\" fill=\"" + fill + "\""
        + (outline == null ? "" : " stroke=\"" + outline + "\" stroke-width=\"1\"") + "/>";
  }

  /**
   * The table a reviewer reads first: per proposal its number and name (a link to its section),
   * its verdict, and what decides it.
   */
  private static void summary(List<CheckResult> results, Messages messages, FindingText text,
      Writer out) throws IOException {
    if (results.isEmpty()) {
      return;
    }
    // A run with indicator reports names both kinds; one of proposals only, as it always has.
    boolean reports = results.stream().anyMatch(CheckResult::isIndicatorReport);
    out.write("<table class=\"summary\">\n<caption>"
        + html(messages.get(reports ? "html.summaryCaptionWithReports" : "html.summaryCaption"))
        + "</caption>\n<colgroup><col class=\"number\"><col class=\"proposal\"><col class=\"verdict\">"
        + "<col></colgroup>\n<thead><tr>" + th(messages.get("html.number"))
        + th(messages.get(reports ? "html.proposalOrReport" : "html.proposal"))
        + th(messages.get("html.verdict"))
        + th(messages.get("html.decidedBy")) + "</tr></thead>\n<tbody>\n");
    int index = 0;
    for (CheckResult r : results) {
      index++;
      out.write("<tr><td>" + index + "</td><td><a href=\"#p" + index + "\">" + html(name(r))
          + "</a>" + (r.title() == null ? "" : "<br>" + html(r.title()))
          + (r.proposalId() == null ? "" : "<br><span class=\"file\">" + html(r.file()) + "</span>")
          + "</td><td class=\"v v-text-" + r.verdict().name() + "\">"
          + html(messages.get("verdict." + r.verdict().name())) + "</td><td>"
          + html(decidedBy(r, messages, text)) + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  /**
   * What decides a verdict, in one line: the mandatory misses of a FAIL, what an INCOMPLETE
   * proposal must supply, the advisory misses of a WARN, the problems of an ERROR; nothing for a
   * PASS or a VALID.
   */
  private static String decidedBy(CheckResult r, Messages messages, FindingText text) {
    if (r.isIndicatorReport() && r.verdict() != Verdict.ERROR) {
      return Scorecard.decidedBy(r, text, messages);
    }
    return switch (r.verdict()) {
      case FAIL -> text.failsOn(ReadingOrder.failing(r.findings()));
      case INCOMPLETE -> messages.toSupply(r.toSupply());
      case INCONCLUSIVE -> "";
      case WARN -> text.warnsOn(ReadingOrder.of(r.findings()));
      case ERROR -> messages.problems(r.errors());
      case PASS, VALID -> "";
    };
  }

  /** The proposal's id, or its file when it has none (an input that could not be read). */
  private static String name(CheckResult r) {
    return r.proposalId() == null ? r.file() : r.proposalId();
  }

  /** A column header; headers never wrap (the CSS), so none breaks inside a word. */
  private static String th(String text) {
    return "<th scope=\"col\">" + html(text) + "</th>";
  }

  /**
   * Where a finding's target comes from, as a reader cites it: the document's title (Chinese in
   * both languages, as the document is) and the clause, such as
   * "中共重庆市委、重庆市人民政府关于推进新型工业化的若干意见 · 三（七）"; the document's file when the
   * report does not know its edition.
   */
  private static String citation(Finding f, Report report, boolean zh) {
    String title = report.edition(f.rule().edition()).map(Edition::title)
        .orElse(f.rule().document());
    return "<span class=\"doc\"" + (zh ? "" : " lang=\"zh-CN\"") + ">" + html(title) + " · "
        + "<span class=\"clause\">" + html(f.rule().clause()) + "</span></span>";
  }

  private static String remedyBlock(String remedy) {
    return remedy.isEmpty() ? "" : "<div class=\"remedy\">" + html(remedy) + "</div>";
  }

  private static void facts(CheckResult r, Messages messages, boolean zh, Writer out)
      throws IOException {
    Proposal p = r.proposal();
    out.write("<dl class=\"facts\">");
    fact(messages.get("html.file"), r.file() + r.location(), out);
    if (p != null) {
      fact(messages.get("html.submittedOn"), p.submittedOn().toString(), out);
      fact(messages.get("html.sector"), label(p.sector(), zh)
          + (p.subsector() == null ? "" : " / " + label(p.subsector(), zh)), out);
      fact(messages.get("html.projectType"), label(p.projectType(), zh), out);
      String site = String.join(" · ", java.util.stream.Stream.of(
          p.location().district(), p.location().park()).filter(x -> x != null).toList());
      fact(messages.get("html.site"), site.isEmpty() ? "—" : site, out);
      fact(messages.get("html.applicant"), p.applicant().name() == null ? "—" : p.applicant().name(),
          out);
      fact(messages.get("html.investment"), p.investmentTotalYuan() == null ? "—"
          : FigureFormat.forPeople(p.investmentTotalYuan(), null, zh ? "元" : "yuan"), out);
      fact(messages.get("html.output"), p.annual().outputValueYuan() == null ? "—"
          : FigureFormat.forPeople(p.annual().outputValueYuan(), null, zh ? "元" : "yuan"), out);
    }
    out.write("</dl>\n");
  }

  private static String label(Coded code, boolean zh) {
    return zh ? code.labelZh() + "（" + code.code() + "）" : code.code();
  }

  private static void fact(String name, String value, Writer out) throws IOException {
    out.write("<dt>" + html(name) + "</dt><dd>" + html(value) + "</dd>");
  }

  private static void problems(String kind, List<InputError> problems, Messages messages,
      Writer out) throws IOException {
    if (problems.isEmpty()) {
      return;
    }
    out.write("<ul class=\"" + kind + "\">");
    for (InputError e : problems) {
      out.write("<li>" + html(messages.placed(e)) + "</li>");
    }
    out.write("</ul>\n");
  }

  /**
   * A bar for the actual figure on a scale that holds both figures, and a mark at the required
   * one; nothing for figures that are not numbers.
   */
  private static String chart(Finding f, Messages messages, FindingText text) {
    if (f.actual() == null || f.required() == null || f.comparator() == Comparator.IS_TRUE) {
      return "";
    }
    double actual = f.actual().round(MathContext.DECIMAL64).doubleValue();
    double required = f.required().doubleValue();
    double low = Math.min(0, Math.min(actual, required));
    double high = Math.max(Math.max(actual, required), 0) * 1.15;
    if (high - low <= 0) {
      high = low + 1;
    }
    double width = 140;
    double x0 = 4 + (0 - low) / (high - low) * width;
    double xa = 4 + (actual - low) / (high - low) * width;
    double xr = 4 + (required - low) / (high - low) * width;
    String colour = switch (f.status()) {
      case PASS -> "#1a7f37";
      case WARN -> "#bf8700";
      default -> "#cf222e";
    };
    // The figures as the table writes them ("23.89%", "≥ 20%"), not the machine's 0.2388888889.
    String title = messages.get("text.header.actual") + " " + text.actual(f) + " / "
        + messages.get("text.header.required") + " " + text.required(f);
    return "<svg width=\"148\" height=\"26\" viewBox=\"0 0 148 26\" role=\"img\" aria-label=\""
        + html(title) + "\"><title>" + html(title) + "</title>"
        + "<rect x=\"4\" y=\"8\" width=\"140\" height=\"10\" fill=\"#f6f8fa\"/>"
        + "<rect x=\"" + fmt(Math.min(x0, xa)) + "\" y=\"8\" width=\"" + fmt(Math.abs(xa - x0))
        + "\" height=\"10\" fill=\"" + colour + "\"/>"
        + "<line x1=\"" + fmt(xr) + "\" y1=\"3\" x2=\"" + fmt(xr) + "\" y2=\"23\" stroke=\"#1f2328\""
        + " stroke-width=\"1.5\" stroke-dasharray=\"2 1\"/></svg>";
  }

  private static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
