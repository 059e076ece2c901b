package org.cqcheck.report;

import static org.cqcheck.report.Escaping.html;

import java.io.IOException;
import java.io.Writer;
import java.math.MathContext;
import java.util.List;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.model.Coded;
import org.cqcheck.model.Proposal;

/**
 * One self-contained HTML file for the review file: no external assets and no script. Per proposal
 * a verdict banner, the key facts of the project, and a table of the findings that apply; for every
 * figure compared with a numeric threshold, a small inline SVG chart of the actual value against
 * the required one, with the clause and quote beside it. Print styles lay it out on A4, one
 * proposal per page. Every text is written through {@link Escaping#html}, which also shows as
 * escapes the characters HTML forbids or that would hide or reorder a field's text.
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
      section.proposal { margin: 0 0 8mm; }
      @media print { body { padding: 0; } section.proposal + section.proposal { break-before: page; } }
      .banner { padding: 2.5mm 4mm; border-radius: 2mm; font-weight: 700; font-size: 12pt;
                margin: 0 0 3mm; border-left: 3mm solid; }
      .v-PASS, .v-VALID { background: #dafbe1; border-color: #1a7f37; }
      .v-WARN { background: #fff8c5; border-color: #bf8700; }
      .v-INCOMPLETE { background: #fbefff; border-color: #8250df; }
      .v-FAIL, .v-ERROR { background: #ffebe9; border-color: #cf222e; }
      .banner small { font-weight: 400; font-size: 9pt; color: #57606a; margin-left: 2mm; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr;
                 gap: 1mm 4mm; margin: 0 0 4mm; font-size: 9pt; }
      dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
      table { width: 100%; border-collapse: collapse; table-layout: fixed; }
      th, td { border-bottom: 0.3mm solid #d0d7de; padding: 1.5mm 1.5mm; vertical-align: top;
               text-align: left; overflow-wrap: anywhere; }
      th { font-size: 8.5pt; color: #57606a; font-weight: 600; }
      tr { break-inside: avoid; }
      col.status { width: 14mm; } col.rule { width: 38mm; } col.figures { width: 34mm; }
      col.chart { width: 40mm; }
      .s { font-weight: 700; font-size: 8.5pt; }
      .s-PASS { color: #1a7f37; } .s-WARN { color: #9a6700; } .s-FAIL { color: #cf222e; }
      .s-MISSING_DATA { color: #8250df; } .s-NOT_APPLICABLE { color: #57606a; }
      .s-WAIVED { color: #0969da; }
      .rule { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8pt; }
      .why { color: #57606a; font-size: 8.5pt; }
      .formula { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt;
                 color: #57606a; }
      blockquote { margin: 1mm 0 0; padding-left: 2mm; border-left: 0.6mm solid #d0d7de; }
      .errors li { color: #cf222e; } .warnings li { color: #9a6700; }
      .to-supply { color: #8250df; font-weight: 600; }
      .fails-on { color: #cf222e; font-weight: 600; }
      .na { color: #57606a; font-size: 8.5pt; margin-top: 2mm; }
      svg { display: block; }
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
    int index = 0;
    for (CheckResult r : report.results()) {
      proposal(r, ++index, messages, text, zh, out);
    }
    out.write("</main>\n</body>\n</html>\n");
  }

  /** The proposal's section, headed by its verdict; {@code index} (1-based) names its heading. */
  private static void proposal(CheckResult r, int index, Messages messages, FindingText text,
      boolean zh, Writer out) throws IOException {
    out.write("<section class=\"proposal\" aria-labelledby=\"p" + index + "\">\n<h2 id=\"p"
        + index + "\" class=\"banner v-" + r.verdict().name() + "\">"
        + html(messages.get("verdict." + r.verdict().name())) + " · "
        + html(r.proposalId() == null ? r.file() : r.proposalId())
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
      out.write("<table>\n<colgroup><col class=\"status\"><col class=\"rule\"><col class=\"figures\">"
          + "<col class=\"chart\"><col></colgroup>\n<thead><tr><th>"
          + html(messages.get("text.header.status")) + "</th><th>" + html(messages.get("text.header.rule"))
          + "</th><th>" + html(messages.get("html.figures")) + "</th><th>"
          + html(messages.get("html.chart")) + "</th><th>" + html(messages.get("html.source"))
          + "</th></tr></thead>\n<tbody>\n");
      for (Finding f : applicable) {
        out.write("<tr><td class=\"s s-" + f.status().name() + "\">"
            + html(messages.get("status." + f.status().name())) + "</td>"
            + "<td><span class=\"rule\">" + html(f.ruleId()) + "</span><br><span class=\"why\">"
            + html(text.brief(f)) + "<br>"
            + html(messages.get("text.severity." + f.rule().severity().name())) + "</span></td>"
            + "<td>" + html(text.actual(f)) + "<br><span class=\"why\">" + html(text.required(f))
            + "</span></td><td>" + chart(f, messages, text) + "</td>"
            + "<td>" + html(f.rule().clause()) + " · <span class=\"why\">" + html(f.rule().document())
            + "</span><blockquote>「" + html(f.quote()) + "」</blockquote>"
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
