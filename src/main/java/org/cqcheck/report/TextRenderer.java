package org.cqcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;

/**
 * The report for people at a terminal: per proposal a verdict line, what decides a FAIL or an
 * INCOMPLETE, then each finding on lines of its own (status, rule and figures; explanation and
 * clause; formula; the verbatim quote), every line wrapped to the width of {@link RenderOptions}
 * by display columns, CJK characters counting two.
 * Every text that is not the renderer's own is written through {@link Escaping#terminal}: a field
 * of a proposal reaches a reviewer's terminal as text, never as a control sequence or a line of
 * its own.
 */
final class TextRenderer implements StreamingRenderer {

  private static final String RESET = "\u001b[0m";

  @Override
  public String result(CheckResult result, RenderOptions options) {
    Words words = Words.of(options.language());
    StringWriter out = new StringWriter(options.quiet() ? 128 : 8192);
    try {
      writeResult(result, options, words.messages(), words.text(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static void writeResult(CheckResult result, RenderOptions options, Messages messages,
      FindingText text, Writer out) throws IOException {
    int width = options.width();
    writeVerdictLine(result, options, messages, out);
    for (InputError e : result.errors()) {
      out.write(TerminalLines.wrap("    ", 6, Escaping.terminal(messages.placed(e)), width));
    }
    // Why, even with --quiet: the mandatory targets a FAIL misses, and every item an INCOMPLETE
    // (or a FAIL besides) must supply, at once.
    if (result.verdict() == Verdict.FAIL) {
      out.write(TerminalLines.wrap("    ", 6,
          Escaping.terminal(text.failsOn(ReadingOrder.failing(result.findings()))), width));
    } else if (result.verdict() == Verdict.WARN) {
      out.write(TerminalLines.wrap("    ", 6,
          Escaping.terminal(text.warnsOn(ReadingOrder.of(result.findings()))), width));
    }
    // A statistical report need not cover every target: its missing figures are counted, not
    // asked for (INDICATOR-FORMAT.md).
    List<MissingItem> toSupply = result.isIndicatorReport() ? List.of() : result.toSupply();
    if (!toSupply.isEmpty()) {
      out.write(TerminalLines.wrap("    ", 6,
          Escaping.terminal(messages.toSupply(toSupply)), width));
    }
    if (result.isIndicatorReport() && !result.findings().isEmpty()) {
      out.write(TerminalLines.wrap("    ", 6, Escaping.terminal(scorecardCounts(result,
          messages)), width));
    }
    if (!options.quiet()) {
      for (InputError w : result.warnings()) {
        out.write(TerminalLines.wrap("    ", 6, messages.get("text.warning") + ": "
            + Escaping.terminal(messages.placed(w)), width));
      }
    }
    if (!result.findings().isEmpty() && !options.quiet()) {
      writeFindings(result, options, messages, text, out);
    }
    // A blank line closes a result that has lines under its verdict; a bare VALID needs none.
    boolean detailed = !result.errors().isEmpty() || !toSupply.isEmpty()
        || !result.warnings().isEmpty() || !result.findings().isEmpty();
    if (!options.quiet() && detailed) {
      out.write("\n");
    }
  }

  @Override
  public void end(Report.Summary s, List<WaiverNote> waiverNotes, RenderOptions options,
      Writer out) throws IOException {
    Messages messages = Words.of(options.language()).messages();
    for (WaiverNote note : waiverNotes) {
      out.write(TerminalLines.wrap("", 2, Escaping.terminal(messages.waiverNote(note)),
          options.width()));
    }
    out.write(TerminalLines.wrap("", 2, messages.summary(s), options.width()));
  }

  private static void writeVerdictLine(
      CheckResult result, RenderOptions options, Messages messages, Writer out) throws IOException {
    String verdict = pad(messages.get("verdict." + result.verdict().name()), 6);
    StringBuilder line = new StringBuilder(Escaping.terminal(result.file() + result.location()));
    if (result.proposalId() != null) {
      line.append("  ").append(Escaping.terminal(result.proposalId()));
    }
    if (result.title() != null) {
      line.append("  ").append(Escaping.terminal(result.title()));
    }
    if (result.asOf() != null) {
      line.append("  (").append(messages.get("text.asOf", result.asOf())).append(')');
    }
    // The verdict is painted after the layout, which counts its columns without the colour codes.
    String laidOut = TerminalLines.wrap(verdict + " ", 7, line.toString(), options.width());
    out.write(paint(verdict, colour(result.verdict()), options)
        + laidOut.substring(verdict.length()));
  }

  private static void writeFindings(CheckResult result, RenderOptions options, Messages messages,
      FindingText text, Writer out) throws IOException {
    List<Finding> shown = new ArrayList<>();
    int hidden = 0;
    for (Finding f : ReadingOrder.of(result.findings())) {
      if (f.status() == Status.NOT_APPLICABLE && !options.verbose()) {
        hidden++;
      } else {
        shown.add(f);
      }
    }
    // Each finding on lines of its own: status, rule and figures; what is measured and the
    // clause; the formula (or the zones); the quote. Each wraps to the width, hanging under its
    // text, so that the report fits an 80-column terminal in English and Chinese alike.
    int statusWidth = 0;
    for (Finding f : shown) {
      statusWidth = Math.max(statusWidth, width(messages.get("status." + f.status().name())));
    }
    int hanging = 4 + statusWidth + 2;
    String indent = " ".repeat(hanging);
    int lineWidth = options.width();
    for (Finding f : shown) {
      String status = pad(messages.get("status." + f.status().name()), statusWidth);
      String figures = String.join("  ", java.util.stream.Stream.of(text.actual(f),
          text.required(f)).filter(x -> !x.isEmpty()).toList());
      String head = Escaping.terminal(f.ruleId() + (figures.isEmpty() ? "" : "  " + figures));
      String laidOut = TerminalLines.wrap("    " + status + "  ", hanging, head, lineWidth);
      out.write("    " + paint(status, colour(f.status()), options)
          + laidOut.substring(4 + status.length()));
      out.write(TerminalLines.wrap(indent, hanging,
          Escaping.terminal(text.brief(f) + " · " + f.rule().clause() + " · "
              + text.weight(f)), lineWidth));
      String remedy = text.remedy(result.remedies(f));
      if (!remedy.isEmpty()) {
        out.write(TerminalLines.wrap(indent, hanging, Escaping.terminal(remedy), lineWidth));
      }
      String detail = f.evidence() instanceof Evidence.Designation d ? text.zones(d)
          : f.metric() == null ? "" : f.metric().formula();
      if (!detail.isEmpty()) {
        out.write(TerminalLines.wrap(indent, hanging, Escaping.terminal(detail), lineWidth));
      }
      out.write(TerminalLines.wrap(indent, hanging, Escaping.terminal("「" + f.quote() + "」"),
          lineWidth));
      String figureQuote = text.figureQuote(f);
      if (!figureQuote.isEmpty()) {
        out.write(TerminalLines.wrap(indent, hanging, Escaping.terminal(figureQuote), lineWidth));
      }
    }
    String inForce = messages.get(result.isIndicatorReport() ? "text.targets" : "text.inForce",
        result.findings().size())
        + (hidden > 0 ? " · " + messages.get("text.notApplicableAmong", hidden) : "");
    out.write(TerminalLines.wrap("    ", 6, inForce, lineWidth));
  }

  /** "3 met, 6 missed, 5 inconclusive, 53 without a figure, 89 not applicable". */
  private static String scorecardCounts(CheckResult result, Messages messages) {
    java.util.Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
    result.findings().forEach(f -> counts.merge(f.status(), 1L, Long::sum));
    return messages.get("text.scorecardCounts", counts.getOrDefault(Status.PASS, 0L),
        counts.getOrDefault(Status.FAIL, 0L), counts.getOrDefault(Status.INCONCLUSIVE, 0L),
        counts.getOrDefault(Status.MISSING_DATA, 0L),
        counts.getOrDefault(Status.NOT_APPLICABLE, 0L));
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** Terminal columns of {@code text}: East Asian wide and full-width characters take two. */
  static int width(String text) {
    return TerminalLines.columns(text);
  }

  private static String paint(String text, String ansi, RenderOptions options) {
    return options.colour() && ansi != null ? ansi + text + RESET : text;
  }

  private static String colour(Verdict verdict) {
    return switch (verdict) {
      case PASS, VALID -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case INCOMPLETE, INCONCLUSIVE -> "\u001b[1;35m";
      case FAIL, ERROR -> "\u001b[1;31m";
    };
  }

  private static String colour(Status status) {
    return switch (status) {
      case PASS -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case FAIL -> "\u001b[31m";
      case MISSING_DATA, INCONCLUSIVE -> "\u001b[35m";
      case NOT_APPLICABLE -> "\u001b[2m";
      case WAIVED -> "\u001b[36m";
    };
  }
}
