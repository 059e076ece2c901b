package org.cqcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Edition;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.Requirement;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Target;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.internal.report.IndicatorUnits;
import org.cqcheck.internal.report.Messages;

/**
 * Writes the rule catalogue ({@code cqcheck rules}: the project rules, then the aggregate targets
 * in a section of their own) and one rule's or target's explanation ({@code explain}). A target
 * has no severity and no days in force, so it is listed with its horizon or span and region
 * instead, whatever the date asked for.
 *
 * <p>Not part of the API: public for cqcheck's own use across packages; it may change in any
 * release.
 */
public final class RuleCatalogueWriter {

  private final RuleBase rules;
  private final Messages messages;
  /** The columns text lines fit, CJK characters counting two. */
  private final int width;

  /** A writer whose text lines fit {@link RenderOptions#DEFAULT_WIDTH} columns. */
  public RuleCatalogueWriter(RuleBase rules, Language language) {
    this(rules, language, RenderOptions.DEFAULT_WIDTH);
  }

  /** A writer whose text lines fit {@code width} columns (the JSON is not laid out). */
  public RuleCatalogueWriter(RuleBase rules, Language language, int width) {
    this.rules = rules;
    this.messages = new Messages(language);
    this.width = width;
  }

  /**
   * {@code text} laid out in lines of at most {@code width} columns, as the text report lays its
   * lines out: the first after {@code first}, the others after {@code hanging} spaces. For the
   * command line's other text (the rule tests' results).
   */
  public static String wrap(String first, int hanging, String text, int width) {
    return TerminalLines.wrap(first, hanging, text, width);
  }

  /** The terminal columns of {@code text}, East Asian wide characters counting two. */
  public static int columns(String text) {
    return TerminalLines.columns(text);
  }

  /** One line of the catalogue. */
  record Row(RuleInfo rule, Edition edition, String requires, Optional<RuleInfo> supersededBy,
      boolean inForce) {}

  /**
   * The rules in force on {@code asOf}; or, when it is null, every rule, with whether it is in
   * force today. Then every aggregate target (see {@link #writeTargetsText}).
   */
  public void writeRules(LocalDate asOf, boolean json, LocalDate today, Writer out)
      throws IOException {
    writeRules(asOf, id -> true, json, today, out);
  }

  /**
   * As {@link #writeRules(LocalDate, boolean, LocalDate, Writer)}, of the rules and targets
   * {@code ids} takes; JSON gives the targets as a {@code targets} array beside {@code rules}.
   */
  public void writeRules(LocalDate asOf, java.util.function.Predicate<String> ids, boolean json,
      LocalDate today, Writer out) throws IOException {
    LocalDate date = asOf != null ? asOf : today;
    List<String> inForce = rules.inForceOn(date).stream().map(RuleInfo::id).toList();
    List<Row> rows = new ArrayList<>();
    for (RuleInfo rule : rules.rules()) {
      if (asOf != null && !inForce.contains(rule.id()) || !ids.test(rule.id())) {
        continue;
      }
      rows.add(new Row(rule, rules.edition(rule.edition()).orElseThrow(),
          rules.requirementOf(rule.id()).map(Requirement::describe).orElse("?"),
          rules.supersededBy(rule.id()), inForce.contains(rule.id())));
    }
    List<RuleInfo> targets = rules.catalogue().targets().stream()
        .filter(t -> ids.test(t.id())).toList();
    if (json) {
      writeRulesJson(rows, targets, date, out);
      return;
    }
    if (!rows.isEmpty() || targets.isEmpty()) {
      writeRulesText(rows, date, out);
    }
    if (!targets.isEmpty()) {
      if (!rows.isEmpty()) {
        out.write("\n");
      }
      out.write(TerminalLines.wrap("", 0, messages.get("rules.targets"), width));
      writeTargetsText(targets, out);
    }
  }

  /**
   * The aggregate targets, after the project rules: id, edition, horizon or span, region, and
   * what the target requires of the report's figure ("industry.grossOutputValueYuan > 3万亿元"). A
   * table when it fits the width, else each target on lines of its own. They have no severity and
   * no days in force: an indicator report of their region and year (or span) is checked against
   * them, whatever the date.
   */
  private void writeTargetsText(List<RuleInfo> targets, Writer out) throws IOException {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {messages.get("rules.target"), messages.get("rules.edition"),
        messages.get("rules.horizon"), messages.get("rules.region"),
        messages.get("rules.requires")});
    for (RuleInfo t : targets) {
      table.add(new String[] {t.id(), t.edition(), when(t), region(t), targetRequires(t)});
    }
    int[] widths = new int[table.get(0).length];
    for (String[] row : table) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], TextRenderer.width(row[c]));
      }
    }
    int tableWidth = java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1);
    if (tableWidth <= width) {
      for (String[] row : table) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          line.append(row[c]).append(" ".repeat(widths[c] - TextRenderer.width(row[c]) + 2));
        }
        out.write(line.toString().stripTrailing() + "\n");
      }
      return;
    }
    String join = "\u00a0";
    for (RuleInfo t : targets) {
      out.write(TerminalLines.wrap(t.id() + "  ", 4, targetRequires(t), width));
      out.write(TerminalLines.wrap("    ", 4, String.join(" · ",
          messages.get("rules.edition") + join + t.edition(),
          messages.get(t.horizon().orElseThrow().span() ? "rules.span" : "rules.horizon")
              + join + when(t),
          messages.get("rules.region") + join + region(t).replace(" ", join)), width));
    }
  }

  /** A target's horizon year or span: "2015", "2011-2015". */
  private static String when(RuleInfo target) {
    Horizon h = target.horizon().orElseThrow();
    return h.span() ? h.from() + "-" + h.to() : String.valueOf(h.to());
  }

  /** A target's region in the reader's words: "city", "district 长寿区"; "重庆市", "区县 长寿区". */
  private String region(RuleInfo target) {
    Horizon h = target.horizon().orElseThrow();
    String level = messages.get("region." + h.level().name());
    return h.regionName().map(name -> level + " " + name)
        .orElse(messages.language().chinese() ? "重庆市" : level);
  }

  /** What a target requires: "industry.grossOutputValueYuan > 3万亿元". */
  private static String targetRequires(RuleInfo target) {
    Target t = target.target().orElseThrow();
    return t.indicator() + " " + t.comparator().symbol() + " " + t.written();
  }

  private void writeRulesText(List<Row> rows, LocalDate date, Writer out) throws IOException {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {messages.get("rules.id"), messages.get("rules.edition"),
        messages.get("rules.severity"), messages.get("rules.requires"), messages.get("rules.from"),
        messages.get("rules.supersededBy"), messages.get("rules.inForce", date)});
    for (Row r : rows) {
      table.add(new String[] {r.rule().id(), r.rule().edition(), severity(r.rule()),
          requires(r.rule()), r.edition().inForceFrom().toString(),
          r.supersededBy().map(RuleInfo::id).orElse("—"),
          messages.get(r.inForce() ? "rules.yes" : "rules.no")});
    }
    int[] widths = new int[table.get(0).length];
    for (String[] row : table) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], TextRenderer.width(row[c]));
      }
    }
    int tableWidth = java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1);
    if (tableWidth > width) {
      writeRulesNarrow(rows, date, out);
      return;
    }
    for (String[] row : table) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(row[c]).append(" ".repeat(widths[c] - TextRenderer.width(row[c]) + 2));
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
  }

  /**
   * The catalogue for a terminal narrower than its table: each rule on lines of its own, its id
   * and requirement, then the other columns, each with its heading.
   */
  private void writeRulesNarrow(List<Row> rows, LocalDate date, Writer out) throws IOException {
    String separator = " · ";
    // A heading and its value stay on one line: joined by a no-break space.
    String join = "\u00a0";
    for (Row r : rows) {
      out.write(TerminalLines.wrap(r.rule().id() + "  ", 4, requires(r.rule()), width));
      List<String> facts = new ArrayList<>(List.of(
          messages.get("rules.edition") + join + r.rule().edition(),
          messages.get("rules.severity") + join + severity(r.rule()),
          messages.get("rules.from") + join + r.edition().inForceFrom(),
          (messages.get("rules.inForce", date) + join
              + messages.get(r.inForce() ? "rules.yes" : "rules.no")).replace(" ", join)));
      r.supersededBy().ifPresent(s -> facts.add(3, messages.get("rules.supersededBy")
          .replace(" ", join) + join + s.id()));
      out.write(TerminalLines.wrap("    ", 4, String.join(separator, facts), width));
    }
  }

  private static void writeRulesJson(List<Row> rows, List<RuleInfo> targets, LocalDate date,
      Writer out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeStringField("date", date.toString());
      json.writeArrayFieldStart("rules");
      for (Row r : rows) {
        json.writeStartObject();
        json.writeStringField("id", r.rule().id());
        json.writeStringField("edition", r.rule().edition());
        json.writeStringField("severity", r.rule().severity().name());
        json.writeStringField("requires", r.requires());
        json.writeStringField("inForceFrom", r.edition().inForceFrom().toString());
        json.writeStringField("supersedes", r.rule().supersedes().orElse(null));
        json.writeStringField("supersededBy", r.supersededBy().map(RuleInfo::id).orElse(null));
        json.writeBooleanField("inForce", r.inForce());
        json.writeStringField("document", r.rule().document());
        json.writeStringField("clause", r.rule().clause());
        json.writeStringField("quote", r.rule().quote());
        json.writeEndObject();
      }
      json.writeEndArray();
      // The aggregate targets apart: no severity, no days in force (see writeTargetsText).
      json.writeArrayFieldStart("targets");
      for (RuleInfo t : targets) {
        Target target = t.target().orElseThrow();
        Horizon horizon = t.horizon().orElseThrow();
        json.writeStartObject();
        json.writeStringField("id", t.id());
        json.writeStringField("edition", t.edition());
        json.writeStringField(horizon.span() ? "span" : "horizon", when(t));
        json.writeStringField("region", horizon.region());
        json.writeStringField("indicator", target.indicator());
        json.writeStringField("unit", IndicatorUnits.unitOf(target.indicator()));
        json.writeStringField("comparator", target.comparator().code());
        json.writeStringField("threshold", target.written());
        json.writeStringField("thresholdValue", target.threshold().toString());
        json.writeStringField("note", target.note().orElse(null));
        json.writeStringField("document", t.document());
        json.writeStringField("clause", t.clause());
        json.writeStringField("quote", t.quote());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write("\n");
  }

  /**
   * A rule's metadata, its DRL text, and the paragraph of its seed document that holds the quote,
   * with the quote marked ({@code ⟦…⟧}, or reverse video on a terminal).
   */
  public void writeExplanation(RuleInfo rule, boolean colour, Writer out) throws IOException {
    boolean zh = messages.language().chinese();
    Edition edition = rules.edition(rule.edition()).orElseThrow();
    out.write(rule.id() + "\n\n");
    if (rule.isTarget()) {
      writeTargetFacts(rule, edition, out);
      writeSource(rule, colour, out);
      return;
    }
    line(out, "rules.edition", rule.edition() + " · " + edition.title() + " · "
        + messages.get("rules.from") + " " + edition.inForceFrom());
    line(out, "rules.severity", severity(rule));
    line(out, "rules.requires", requires(rule));
    line(out, "rules.scope", rule.scope(zh));
    if (!rule.needsSubsector().isEmpty()) {
      line(out, "rules.needsSubsector", messages.get("rules.needsSubsectorText",
          String.join(messages.language().chinese() ? "、" : ", ", rule.needsSubsector().stream()
              .map(s -> messages.language().chinese() ? s.labelZh() : s.code()).toList())));
    }
    line(out, "rules.document", rule.document());
    line(out, "rules.clause", rule.clause());
    line(out, "rules.quote", "「" + rule.quote() + "」");
    line(out, "rules.supersedes", rule.supersedes().orElse("—"));
    line(out, "rules.supersededBy", rules.supersededBy(rule.id()).map(RuleInfo::id).orElse("—"));
    writeSource(rule, colour, out);
    // A rule whose consequence compares against the zones' designations consults the table.
    if (rules.requirementOf(rule.id()).map(Requirement::comparator)
        .filter(c -> c == Comparator.DESIGNATED).isPresent()) {
      writeZones(out);
    }
  }

  /**
   * An aggregate target's facts: that it is one (no severity, no days in force), its edition, its
   * horizon or span and region, its indicator with the unit and meaning the vocabulary gives, the
   * comparator and threshold as the text writes them (with the exact value in the indicator's base
   * unit), the reading it rests on, and its document, clause and quote.
   */
  private void writeTargetFacts(RuleInfo rule, Edition edition, Writer out) throws IOException {
    Target target = rule.target().orElseThrow();
    Horizon horizon = rule.horizon().orElseThrow();
    line(out, "rules.kind", messages.get("rules.kind.target"));
    line(out, "rules.edition", rule.edition() + " · " + edition.title());
    line(out, horizon.span() ? "rules.span" : "rules.horizon", when(rule));
    line(out, "rules.region", region(rule));
    String unit = IndicatorUnits.unitOf(target.indicator());
    line(out, "rules.indicator", target.indicator() + (unit == null ? "" : " (" + unit + ")"));
    java.util.Optional<String> meaning = IndicatorUnits.meaningOf(target.indicator());
    if (meaning.isPresent()) {
      line(out, "rules.meaning", meaning.get());
    }
    String exact = target.threshold().toString();
    line(out, "rules.requires", target.comparator().symbol() + " " + target.written()
        + (exact.equals(target.written()) ? "" : " (" + exact + ")"));
    if (target.note().isPresent()) {
      line(out, "rules.note", target.note().get());
    }
    line(out, "rules.document", rule.document());
    line(out, "rules.clause", rule.clause());
    line(out, "rules.quote", "「" + rule.quote() + "」");
  }

  /**
   * A rule's DRL text, and the paragraph of its seed document that holds its quote, with the
   * quote marked.
   */
  private void writeSource(RuleInfo rule, boolean colour, Writer out) throws IOException {
    out.write("\n" + TerminalLines.wrap("", 0, messages.get("rules.drl"), width) + "\n");
    for (String l : rules.drlOf(rule.id()).orElse("").split("\n")) {
      // A line of code that must wrap goes on under its own text, four columns further in.
      String indent = "    " + l.substring(0, l.length() - l.stripLeading().length());
      out.write(l.isBlank() ? "\n"
          : TerminalLines.wrap(indent, indent.length() + 4, l.strip(), width));
    }
    out.write("\n" + TerminalLines.wrap("", 0, messages.get("rules.paragraph", rule.document()),
        width) + "\n");
    String paragraph = paragraphOf(rules.seed(rule.document()).orElse(""), rule.quote());
    String marked = colour
        ? paragraph.replace(rule.quote(), "\u001b[7m" + rule.quote() + "\u001b[0m")
        : paragraph.replace(rule.quote(), "⟦" + rule.quote() + "⟧");
    out.write(TerminalLines.wrap("    ", 4, marked.strip(), width));
  }

  /**
   * The zone table a rule consults (CQ2012-ZONE-FIT): each zone, what it designates, and the
   * sentence a finding on a site there quotes.
   */
  private void writeZones(Writer out) throws IOException {
    out.write("\n" + TerminalLines.wrap("", 0, messages.get("rules.zones"), width));
    for (ZoneTable.Zone zone : rules.zones().zones()) {
      out.write("\n" + TerminalLines.wrap("    ", 6,
          zone.name() + ": " + zone.describeDesignations(), width));
      if (zone.quote() != null) {
        out.write(TerminalLines.wrap("    ", 5, "「" + zone.quote() + "」", width));
      }
      if (!zone.parkNames().isEmpty()) {
        out.write(TerminalLines.wrap("    ", 6,
            messages.get("rules.zoneParks", String.join(", ", zone.parkNames())), width));
      }
      if (!zone.districts().isEmpty()) {
        out.write(TerminalLines.wrap("    ", 6,
            messages.get("rules.zoneDistricts", String.join(", ", zone.districts())), width));
      }
    }
  }

  /** The severity in the reader's language (the JSON keeps the enum's name). */
  private String severity(RuleInfo rule) {
    return messages.get("severity." + rule.severity().name());
  }

  /**
   * What the rule requires, in the reader's language: "≥ 25 yuan/m³", "≥ 25 元/立方米". The JSON
   * catalogue keeps {@link Requirement#describe}, its contract.
   */
  private String requires(RuleInfo rule) {
    Requirement r = rules.requirementOf(rule.id()).orElse(null);
    if (r == null) {
      return "?";
    }
    if (!messages.language().chinese()) {
      return r.describe();
    }
    String unit = r.metric() == null ? null : r.metric().unitFor(null);
    if (r.threshold() != null) {
      return "ratio".equals(unit)
          ? r.comparator().symbol() + " "
              + r.threshold().movePointRight(2).stripTrailingZeros().toPlainString() + "%"
          : r.comparator().symbol() + " " + r.threshold().stripTrailingZeros().toPlainString()
              + (unit == null ? "" : " " + FigureFormat.unitFor(unit, messages.language()));
    }
    return switch (r.comparator()) {
      case IS_TRUE -> messages.get("rules.requires.isTrue");
      case PRESENT -> messages.get("rules.requires.present");
      case DESIGNATED -> messages.get("rules.requires.designated");
      default -> r.describe();
    };
  }

  /** The line (the documents keep one paragraph to a line) that holds {@code quote}. */
  static String paragraphOf(String document, String quote) {
    for (String line : document.split("\n")) {
      if (line.contains(quote)) {
        return line;
      }
    }
    return "";
  }

  private void line(Writer out, String key, String value) throws IOException {
    String label = messages.get(key);
    String first = label + " ".repeat(Math.max(1, 16 - TextRenderer.width(label)));
    out.write(TerminalLines.wrap(first, 16, value, width));
  }

  private static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JsonGenerator json = JsonFactory.builder().build().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
    return json;
  }
}
