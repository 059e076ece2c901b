package org.cqcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;

/**
 * Markdown for pull-request comments: a summary line, then per proposal a heading with its verdict
 * and a compact table of the findings that apply (NOT_APPLICABLE only counted).
 */
final class MarkdownRenderer implements ReportRenderer {

  @Override
  public void render(Report report, RenderOptions options, Writer out) throws IOException {
    Words words = Words.of(options.language());
    Messages messages = words.messages();
    FindingText text = words.text();
    Report.Summary s = report.summary();
    out.write("**cqcheck** · " + messages.summary(s) + "\n");
    for (WaiverNote note : report.waiverNotes()) {
      out.write("\n- " + cell(messages.waiverNote(note)));
    }
    if (!report.waiverNotes().isEmpty()) {
      out.write("\n");
    }
    for (CheckResult r : report.results()) {
      out.write("\n### " + icon(r.verdict()) + " " + messages.get("verdict." + r.verdict().name())
          + " — " + cell(r.proposalId() == null ? "" : r.proposalId())
          + (r.title() == null ? "" : " " + cell(r.title())) + "\n\n");
      out.write("`" + r.file() + r.location() + "`"
          + (r.asOf() == null ? "" : " · " + messages.get("text.asOf", r.asOf())) + "\n\n");
      for (InputError e : r.errors()) {
        out.write("- " + cell(messages.placed(e)) + "\n");
      }
      if (r.verdict() == Verdict.INCOMPLETE) {
        out.write("- " + cell(messages.toSupply(r.toSupply())) + "\n");
      }
      for (InputError w : r.warnings()) {
        out.write("- " + messages.get("text.warning") + ": " + cell(messages.placed(w)) + "\n");
      }
      if (r.findings().isEmpty()) {
        continue;
      }
      out.write("| " + messages.get("text.header.status") + " | " + messages.get("text.header.rule")
          + " | " + messages.get("text.header.actual") + " | " + messages.get("text.header.required")
          + " | " + messages.get("text.header.explanation") + " | "
          + messages.get("text.header.clause") + " |\n|---|---|---|---|---|---|\n");
      long notApplicable = 0;
      for (Finding f : r.findings()) {
        if (f.status() == Status.NOT_APPLICABLE) {
          notApplicable++;
          continue;
        }
        out.write("| " + icon(f.status()) + " " + messages.get("status." + f.status().name())
            + " | " + f.ruleId() + " | " + cell(text.actual(f)) + " | " + cell(text.required(f))
            + " | " + cell(text.brief(f)) + " | " + cell(f.rule().clause() + " 「"
            + f.quote() + "」") + " |\n");
      }
      if (notApplicable > 0) {
        out.write("\n" + messages.get("text.notApplicableHidden", notApplicable)
            .replace(" (shown with --verbose)", "").replace("（加 --verbose 显示）", "") + "\n");
      }
    }
  }

  /** Text safe inside a table cell: no pipes or line breaks. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String icon(Verdict verdict) {
    return switch (verdict) {
      case PASS, VALID -> "✅";
      case WARN -> "⚠️";
      case INCOMPLETE -> "❔";
      case FAIL -> "❌";
      case ERROR -> "⛔";
    };
  }

  private static String icon(Status status) {
    return switch (status) {
      case PASS -> "✅";
      case WARN -> "⚠️";
      case FAIL -> "❌";
      case MISSING_DATA -> "❔";
      case NOT_APPLICABLE -> "➖";
      case WAIVED -> "☑️";
    };
  }
}
