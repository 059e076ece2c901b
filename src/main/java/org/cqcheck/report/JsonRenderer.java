package org.cqcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.Target;
import org.cqcheck.internal.report.IndicatorUnits;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.ReportedFigure;
import org.cqcheck.engine.Remedy;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;

/**
 * The JSON report, a public contract that CI parses. Every finding of every proposal is written,
 * NOT_APPLICABLE included; of an indicator report, the targets that apply, and those that do not
 * (other years, spans and regions: most of them) only counted unless verbose, as in every other
 * format. Fields always appear in the same order and {@code actual} and {@code required} are
 * numbers or null. No timestamps, so identical input gives identical bytes.
 */
final class JsonRenderer implements ReportRenderer {

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(Escaping.JSON).build();

  @Override
  public void render(Report report, RenderOptions options, Writer out) throws IOException {
    Words words = Words.of(options.language());
    Messages messages = words.messages();
    FindingText text = words.text();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      json.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter));
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "cqcheck");
      json.writeStringField("version", report.toolVersion());
      json.writeEndObject();
      json.writeObjectFieldStart("ruleSet");
      json.writeNumberField("rules", report.rules().size());
      json.writeStringField("fingerprint", report.fingerprint());
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (CheckResult result : report.results()) {
        writeResult(json, result, text, messages, options.verbose());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("waivers");
      for (WaiverNote note : report.waiverNotes()) {
        json.writeStartObject();
        json.writeStringField("note", note.kind().name());
        json.writeStringField("rule", note.waiver().rule());
        json.writeStringField("proposal", note.waiver().proposal());
        json.writeStringField("expires", note.waiver().expires().toString());
        json.writeStringField("source", note.source() + ":" + note.waiver().line());
        json.writeStringField("message", messages.waiverNote(note));
        json.writeEndObject();
      }
      json.writeEndArray();
      Report.Summary s = report.summary();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("proposals", s.proposals());
      json.writeNumberField("indicatorReports", s.indicatorReports());
      json.writeNumberField("pass", s.pass());
      json.writeNumberField("warn", s.warn());
      json.writeNumberField("incomplete", s.incomplete());
      json.writeNumberField("inconclusive", s.inconclusive());
      json.writeNumberField("fail", s.fail());
      json.writeNumberField("error", s.error());
      json.writeNumberField("valid", s.valid());
      json.writeNumberField("withMissingData", s.withMissingData());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write("\n");
  }

  /**
   * One result; with {@code verbose}, an indicator report's targets that do not apply are listed
   * too, not only counted.
   */
  static void writeResult(JsonGenerator json, CheckResult result, FindingText text,
      Messages messages, boolean verbose) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", result.file());
    json.writeStringField("kind", result.isIndicatorReport() ? "indicator-report" : "proposal");
    json.writeStringField("proposalId", result.proposalId());
    json.writeStringField("asOf", result.asOf() == null ? null : result.asOf().toString());
    if (result.indicatorReport().isPresent()) {
      IndicatorReport report = result.indicatorReport().get();
      json.writeStringField("region", report.region().toString());
      json.writeNumberField("year", report.year());
      json.writeStringField("span", report.span());
      if (!result.findings().isEmpty()) {
        // Checked (not only validated): how many targets do not apply, and whether the findings
        // list them, so that a consumer counting targets need not know the options of the run.
        json.writeNumberField("notApplicable", result.findings().stream()
            .filter(f -> f.status() == Status.NOT_APPLICABLE).count());
        json.writeBooleanField("notApplicableListed", verbose);
      }
    }
    json.writeStringField("verdict", result.verdict().name());
    json.writeArrayFieldStart("findings");
    for (Finding f : result.findings()) {
      if (result.isIndicatorReport() && f.status() == Status.NOT_APPLICABLE && !verbose) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("ruleId", f.ruleId());
      json.writeStringField("status", f.status().name());
      Optional<Target> target = f.rule().target();
      json.writeStringField("severity",
          f.rule().severity() == null ? null : f.rule().severity().name());
      json.writeStringField("edition", f.rule().edition());
      json.writeStringField("metric", f.metric() == null
          ? target.map(Target::indicator).orElse(null) : f.metric().key());
      json.writeStringField("formula", f.metric() == null ? null : f.metric().formula());
      writeNumber(json, "actual", f.actual());
      writeNumber(json, "required", f.required());
      json.writeStringField("comparator", target.isPresent()
          ? target.get().comparator().code()
          : f.comparator() == null ? null : f.comparator().code());
      json.writeStringField("unit", target.isPresent()
          ? IndicatorUnits.unitOf(target.get().indicator()) : f.unit());
      if (target.isPresent()) {
        writeTarget(json, f, target.get(), text);
      }
      json.writeStringField("message", text.message(f));
      writeRemedies(json, result.remedies(f), text);
      if (f.waiver() == null) {
        json.writeNullField("waiver");
      } else {
        json.writeObjectFieldStart("waiver");
        json.writeStringField("applied", f.status() == Status.WAIVED ? "yes" : "ignored");
        json.writeStringField("waivedStatus", (f.waived() != null ? f.waived() : f.status()).name());
        json.writeStringField("reason", f.waiver().reason());
        json.writeStringField("approvedBy", f.waiver().approvedBy());
        json.writeStringField("expires", f.waiver().expires().toString());
        json.writeEndObject();
      }
      writeSource(json, f.rule(), f.quote());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("toSupply");
    for (MissingItem item : result.toSupply()) {
      json.writeStartObject();
      json.writeStringField("field", item.field());
      // A scorecard's items are indicator keys, whose unit kind the vocabulary gives.
      json.writeStringField("unit", result.isIndicatorReport()
          ? IndicatorUnits.unitOf(item.field()) : item.unit().orElse(null));
      json.writeBooleanField("zero", item.zero());
      json.writeArrayFieldStart("rules");
      for (String rule : item.ruleIds()) {
        json.writeString(rule);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    writeProblems(json, "errors", result.errors(), messages);
    writeProblems(json, "warnings", result.warnings(), messages);
    json.writeEndObject();
  }

  /**
   * An aggregate target's own fields: the indicator, the threshold as the text writes it, its
   * horizon or span, and the report's figure with its basis and quote ("figure": null when the
   * report has none, or the target does not apply).
   */
  private static void writeTarget(JsonGenerator json, Finding f, Target target, FindingText text)
      throws IOException {
    json.writeStringField("indicator", target.indicator());
    json.writeStringField("threshold", target.written());
    Horizon horizon = f.rule().horizon().orElseThrow();
    json.writeStringField(horizon.span() ? "span" : "horizon",
        horizon.span() ? horizon.from() + "-" + horizon.to() : String.valueOf(horizon.to()));
    json.writeStringField("region", horizon.region());
    ReportedFigure figure = f.evidence() instanceof Evidence.Reading reading ? reading.figure()
        : f.evidence() instanceof Evidence.Progress progress ? progress.figure() : null;
    if (figure != null) {
      json.writeObjectFieldStart("figure");
      json.writeStringField("value", figure.written());
      json.writeStringField("basis", BASIS_CODES.get(figure.basis()));
      json.writeBooleanField("onEstimate", figure.basis() == FigureBasis.ESTIMATE);
      json.writeStringField("quote", figure.quote());
      json.writeStringField("source", figure.source());
      json.writeEndObject();
    } else {
      json.writeNullField("figure");
    }
    // A target of a later year: the share reached, as information (the status stays N/A).
    if (f.evidence() instanceof Evidence.Progress progress) {
      json.writeNumberField("progress", progress.share());
    }
  }

  /** The format's words for a figure's basis (the SARIF report's too). */
  static final java.util.Map<FigureBasis, String> BASIS_CODES = java.util.Map.of(
      FigureBasis.EXACT, "exact", FigureBasis.ESTIMATE, "estimate",
      FigureBasis.AT_LEAST, "atLeast", FigureBasis.ABOVE, "above",
      FigureBasis.AT_MOST, "atMost", FigureBasis.BELOW, "below");

  /**
   * What would pass the finding: each remedy as data (kind, field, comparator, value, unit,
   * options), and the sentence that says them all.
   */
  private static void writeRemedies(JsonGenerator json, List<Remedy> remedies, FindingText text)
      throws IOException {
    json.writeArrayFieldStart("remedies");
    for (Remedy remedy : remedies) {
      json.writeStartObject();
      if (remedy instanceof Remedy.Value v) {
        json.writeStringField("kind", "value");
        json.writeStringField("field", v.field());
        json.writeStringField("comparator", v.comparator().code());
        writeNumber(json, "value", v.value());
        json.writeStringField("unit", v.unit());
      } else if (remedy instanceof Remedy.NoValue n) {
        json.writeStringField("kind", "noValue");
        json.writeStringField("field", n.field());
      } else if (remedy instanceof Remedy.Supply s) {
        json.writeStringField("kind", s.zero() ? "nonZero" : "supply");
        json.writeStringField("field", s.field());
        json.writeStringField("unit", s.unit());
      } else if (remedy instanceof Remedy.Choice c) {
        json.writeStringField("kind", "choice");
        json.writeStringField("field", c.field());
        json.writeArrayFieldStart("options");
        for (String option : c.options()) {
          json.writeString(option);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    String sentence = text.remedy(remedies);
    json.writeStringField("remedy", sentence.isEmpty() ? null : sentence);
  }

  /** Where the finding's requirement is written: the rule's document and clause, and its quote. */
  private static void writeSource(JsonGenerator json, RuleInfo rule, String quote)
      throws IOException {
    json.writeObjectFieldStart("source");
    json.writeStringField("document", rule.document());
    json.writeStringField("clause", rule.clause());
    json.writeStringField("quote", quote);
    json.writeEndObject();
  }

  /** Errors or warnings: message, JSON pointer, and line and column where known (else null). */
  private static void writeProblems(
      JsonGenerator json, String name, List<InputError> problems, Messages messages)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (InputError e : problems) {
      json.writeStartObject();
      json.writeStringField("message", messages.error(e));
      json.writeStringField("location", e.location());
      if (e.line() > 0) {
        json.writeNumberField("line", e.line());
        json.writeNumberField("column", e.column());
      } else {
        json.writeNullField("line");
        json.writeNullField("column");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeNumber(JsonGenerator json, String name, BigDecimal value)
      throws IOException {
    BigDecimal shown = FigureFormat.forMachine(value);
    if (shown == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, shown);
    }
  }
}
