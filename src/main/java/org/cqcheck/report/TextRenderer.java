package org.cqcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;

/**
 * The report for people at a terminal: per proposal a verdict line, then a table of findings
 * (status, rule, actual, required, explanation, clause), each with a second line giving the formula
 * and the verbatim quote. Columns are aligned by display width, counting CJK characters as two.
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
    writeVerdictLine(result, options, messages, out);
    for (InputError e : result.errors()) {
      out.write("    " + Escaping.terminal(messages.placed(e)) + "\n");
    }
    // Why, even with --quiet: the mandatory targets a FAIL misses, and every item an INCOMPLETE
    // (or a FAIL besides) must supply, at once.
    if (result.verdict() == Verdict.FAIL) {
      out.write("    " + Escaping.terminal(text.failsOn(ReadingOrder.failing(result.findings())))
          + "\n");
    }
    if (!result.toSupply().isEmpty()) {
      out.write("    " + Escaping.terminal(messages.toSupply(result.toSupply())) + "\n");
    }
    if (!options.quiet()) {
      for (InputError w : result.warnings()) {
        out.write("    " + messages.get("text.warning") + ": "
            + Escaping.terminal(messages.placed(w)) + "\n");
      }
    }
    if (!result.findings().isEmpty() && !options.quiet()) {
      writeFindings(result, options, messages, text, out);
    }
    // A blank line closes a result that has lines under its verdict; a bare VALID needs none.
    boolean detailed = !result.errors().isEmpty() || !result.toSupply().isEmpty()
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
      out.write(Escaping.terminal(messages.waiverNote(note)) + "\n");
    }
    out.write(messages.summary(s) + "\n");
  }

  private static void writeVerdictLine(
      CheckResult result, RenderOptions options, Messages messages, Writer out) throws IOException {
    String verdict = pad(messages.get("verdict." + result.verdict().name()), 6);
    StringBuilder line = new StringBuilder(paint(verdict, colour(result.verdict()), options));
    line.append(' ').append(Escaping.terminal(result.file() + result.location()));
    if (result.proposalId() != null) {
      line.append("  ").append(Escaping.terminal(result.proposalId()));
    }
    if (result.title() != null) {
      line.append("  ").append(Escaping.terminal(result.title()));
    }
    if (result.asOf() != null) {
      line.append("  (").append(messages.get("text.asOf", result.asOf())).append(')');
    }
    out.write(line + "\n");
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
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {
        messages.get("text.header.status"), messages.get("text.header.rule"),
        messages.get("text.header.actual"), messages.get("text.header.required"),
        messages.get("text.header.explanation"), messages.get("text.header.clause")});
    for (Finding f : shown) {
      rows.add(new String[] {
          messages.get("status." + f.status().name()), Escaping.terminal(f.ruleId()),
          Escaping.terminal(text.actual(f)), Escaping.terminal(text.required(f)),
          Escaping.terminal(text.brief(f)), Escaping.terminal(f.rule().clause())});
    }
    int[] widths = new int[6];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    out.write("    " + joinRow(rows.get(0), widths) + "\n");
    for (int i = 1; i < rows.size(); i++) {
      Finding f = shown.get(i - 1);
      String[] row = rows.get(i);
      String status = paint(pad(row[0], widths[0]), colour(f.status()), options);
      String rest = joinRow(java.util.Arrays.copyOfRange(row, 1, row.length),
          java.util.Arrays.copyOfRange(widths, 1, widths.length));
      out.write("    " + status + "  " + rest + "\n");
      String detail = f.comparator() == Comparator.DESIGNATED
          ? f.requiredText() + " · "
          : f.metric() == null ? "" : f.metric().formula() + " · ";
      out.write("    " + " ".repeat(widths[0] + 2)
          + Escaping.terminal(detail + "「" + f.quote() + "」") + "\n");
    }
    out.write("    " + messages.get("text.inForce", result.findings().size()));
    if (hidden > 0) {
      out.write(" · " + messages.get("text.notApplicableHidden", hidden));
    }
    out.write("\n");
  }

  private static String joinRow(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(c == cells.length - 1 ? cells[c] : pad(cells[c], widths[c]) + "  ");
    }
    return line.toString().stripTrailing();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** Terminal columns of {@code text}: East Asian wide and full-width characters take two. */
  static int width(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      columns += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return columns;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static String paint(String text, String ansi, RenderOptions options) {
    return options.colour() && ansi != null ? ansi + text + RESET : text;
  }

  private static String colour(Verdict verdict) {
    return switch (verdict) {
      case PASS, VALID -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case INCOMPLETE -> "\u001b[1;35m";
      case FAIL, ERROR -> "\u001b[1;31m";
    };
  }

  private static String colour(Status status) {
    return switch (status) {
      case PASS -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case FAIL -> "\u001b[31m";
      case MISSING_DATA -> "\u001b[35m";
      case NOT_APPLICABLE -> "\u001b[2m";
      case WAIVED -> "\u001b[36m";
    };
  }
}
