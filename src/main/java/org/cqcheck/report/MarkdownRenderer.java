package org.cqcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;

/**
 * Markdown for pull-request comments: a summary line, then per proposal a heading with its verdict
 * and a compact table of the findings that apply (NOT_APPLICABLE only counted); per indicator
 * report its scorecard, a table per topic of indicator keys. Every text that is not the renderer's
 * own goes through {@link Escaping#markdown}: rendered by a GFM renderer that lets raw HTML
 * through, as pull-request comments are, a field of a proposal stays text, never a tag, a link or a
 * line of its own.
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
      out.write("\n- " + Escaping.markdown(messages.waiverNote(note)));
    }
    if (!report.waiverNotes().isEmpty()) {
      out.write("\n");
    }
    for (CheckResult r : report.results()) {
      if (r.isIndicatorReport()) {
        scorecard(r, options.verbose(), messages, text, out);
        continue;
      }
      out.write("\n### " + icon(r.verdict()) + " " + messages.get("verdict." + r.verdict().name())
          + " — " + Escaping.markdown(r.proposalId() == null ? "" : r.proposalId())
          + (r.title() == null ? "" : " " + Escaping.markdown(r.title())) + "\n\n");
      out.write(Escaping.markdownCode(r.file() + r.location())
          + (r.asOf() == null ? "" : " · " + messages.get("text.asOf", r.asOf())) + "\n\n");
      for (InputError e : r.errors()) {
        out.write("- " + Escaping.markdown(messages.placed(e)) + "\n");
      }
      if (r.verdict() == Verdict.FAIL) {
        out.write("- " + Escaping.markdown(text.failsOn(ReadingOrder.failing(r.findings())))
            + "\n");
      } else if (r.verdict() == Verdict.WARN) {
        out.write("- " + Escaping.markdown(text.warnsOn(ReadingOrder.of(r.findings()))) + "\n");
      }
      List<MissingItem> toSupply = r.toSupply();
      if (!toSupply.isEmpty()) {
        out.write("- " + Escaping.markdown(messages.toSupply(toSupply)) + "\n");
      }
      for (InputError w : r.warnings()) {
        out.write("- " + messages.get("text.warning") + ": "
            + Escaping.markdown(messages.placed(w)) + "\n");
      }
      if (r.findings().isEmpty()) {
        continue;
      }
      // A table right under a list item would be read as more of its text, not as a table.
      boolean listed = !r.errors().isEmpty() || !r.warnings().isEmpty()
          || !toSupply.isEmpty() || r.verdict() == Verdict.FAIL;
      if (listed) {
        out.write("\n");
      }
      out.write("| " + messages.get("text.header.status") + " | " + messages.get("text.header.rule")
          + " | " + messages.get("text.header.actual") + " | " + messages.get("text.header.required")
          + " | " + messages.get("text.header.explanation") + " | "
          + messages.get("text.header.clause") + " |\n|---|---|---|---|---|---|\n");
      long notApplicable = 0;
      for (Finding f : ReadingOrder.of(r.findings())) {
        if (f.status() == Status.NOT_APPLICABLE) {
          notApplicable++;
          continue;
        }
        out.write("| " + icon(f.status()) + " " + messages.get("status." + f.status().name())
            + " | " + Escaping.markdown(f.ruleId()) + " | " + Escaping.markdown(text.actual(f))
            + " | " + Escaping.markdown(text.required(f)) + " | " + Escaping.markdown(text.brief(f)
                + " · " + messages.get("text.severity." + f.rule().severity().name())
                + remedy(text, r, f))
            + " | " + Escaping.markdown(f.rule().clause() + " 「" + f.quote() + "」") + " |\n");
      }
      if (notApplicable > 0) {
        out.write("\n" + messages.get("text.notApplicableCount", notApplicable) + "\n");
      }
    }
  }

  /**
   * An indicator report's scorecard: a heading with its verdict, the file, region, year and span,
   * what decides the verdict and the counts of its targets by status, then a table per topic of
   * indicator keys (status, target, the reported figure with its quote, the target's threshold,
   * the clause with the target's quote). Targets that do not apply are counted, and listed only
   * with --verbose.
   */
  private static void scorecard(CheckResult r, boolean verbose, Messages messages,
      FindingText text, Writer out) throws IOException {
    boolean zh = messages.language().chinese();
    out.write("\n### " + icon(r.verdict()) + " " + messages.get("verdict." + r.verdict().name())
        + " — " + Escaping.markdown(r.proposalId() == null ? "" : r.proposalId())
        + (r.title() == null ? "" : " " + Escaping.markdown(r.title())) + "\n\n");
    List<String> facts = new java.util.ArrayList<>();
    if (!(r.file() + r.location()).isEmpty()) {
      facts.add(Escaping.markdownCode(r.file() + r.location()));
    }
    r.indicatorReport().ifPresent(ir -> facts.add(Escaping.markdown(messages.get("scorecard.facts",
        ir.region().name() + (zh ? "（" : " (")
            + messages.get("region." + ir.region().level().name()) + (zh ? "）" : ")"),
        ir.year(), ir.span() == null ? "—" : ir.span()))));
    if (!facts.isEmpty()) {
      out.write(String.join(" · ", facts) + "\n\n");
    }
    for (InputError e : r.errors()) {
      out.write("- " + Escaping.markdown(messages.placed(e)) + "\n");
    }
    String decidedBy = r.verdict() == Verdict.ERROR ? "" : Scorecard.decidedBy(r, text, messages);
    if (!decidedBy.isEmpty()) {
      out.write("- " + Escaping.markdown(decidedBy) + "\n");
    }
    Scorecard card = Scorecard.of(r, verbose);
    if (!r.findings().isEmpty()) {
      out.write("- " + Escaping.markdown(card.countsLine(messages)) + "\n");
    }
    for (InputError w : r.warnings()) {
      out.write("- " + messages.get("text.warning") + ": "
          + Escaping.markdown(messages.placed(w)) + "\n");
    }
    for (Scorecard.Group group : card.groups()) {
      out.write("\n#### " + Escaping.markdown(Scorecard.topicName(group.topic(), messages))
          + "\n\n| " + messages.get("text.header.status") + " | "
          + messages.get("text.header.target") + " | " + messages.get("text.header.figure")
          + " | " + messages.get("text.header.required") + " | "
          + messages.get("text.header.clause") + " |\n|---|---|---|---|---|\n");
      for (Finding f : group.findings()) {
        String indicator = f.rule().target().map(t -> t.indicator()).orElse("");
        String figure = switch (f.status()) {
          case MISSING_DATA -> messages.get("scorecard.noFigure");
          case NOT_APPLICABLE -> text.brief(f);
          default -> text.actual(f);
        };
        String quote = f.evidence() instanceof Evidence.Reading reading
            && reading.figure().quote() != null ? " · " + text.figureQuote(f) : "";
        out.write("| " + icon(f.status()) + " " + messages.get("status." + f.status().name())
            + " | " + Escaping.markdown(f.ruleId() + " · " + indicator + " · " + text.weight(f))
            + " | " + Escaping.markdown(figure + quote)
            + " | " + Escaping.markdown(text.required(f))
            + " | " + Escaping.markdown(f.rule().clause() + " 「" + f.quote() + "」") + " |\n");
      }
    }
    if (card.hidden() > 0) {
      out.write("\n" + messages.get("text.notApplicableHidden", card.hidden()) + "\n");
    }
  }

  /** What would pass the finding, after a separator; empty when nothing is said. */
  private static String remedy(FindingText text, CheckResult result, Finding f) {
    String remedy = text.remedy(result.remedies(f));
    return remedy.isEmpty() ? "" : " · " + remedy;
  }

  private static String icon(Verdict verdict) {
    return switch (verdict) {
      case PASS, VALID -> "✅";
      case WARN -> "⚠️";
      case INCOMPLETE -> "❔";
      case INCONCLUSIVE -> "🔍";
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
      case INCONCLUSIVE -> "🔍";
      case NOT_APPLICABLE -> "➖";
      case WAIVED -> "☑️";
    };
  }
}
