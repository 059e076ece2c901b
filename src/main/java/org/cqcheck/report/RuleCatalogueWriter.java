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
import org.cqcheck.engine.Requirement;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.internal.report.FigureFormat;
import org.cqcheck.internal.report.Messages;

/** Writes the rule catalogue ({@code cqcheck rules}) and one rule's explanation ({@code explain}). *
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
   * force today.
   */
  public void writeRules(LocalDate asOf, boolean json, LocalDate today, Writer out)
      throws IOException {
    writeRules(asOf, id -> true, json, today, out);
  }

  /** As {@link #writeRules(LocalDate, boolean, LocalDate, Writer)}, of the rules {@code ids} takes. */
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
    if (json) {
      writeRulesJson(rows, date, out);
    } else {
      writeRulesText(rows, date, out);
    }
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

  private static void writeRulesJson(List<Row> rows, LocalDate date, Writer out) throws IOException {
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
    // A rule whose consequence compares against the zones' designations consults the table.
    if (rules.requirementOf(rule.id()).map(Requirement::comparator)
        .filter(c -> c == Comparator.DESIGNATED).isPresent()) {
      writeZones(out);
    }
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
