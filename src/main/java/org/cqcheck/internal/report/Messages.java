package org.cqcheck.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.input.InputError;
import org.cqcheck.model.Field;
import org.cqcheck.report.Language;
import org.cqcheck.report.MissingItem;
import org.cqcheck.report.Report;
import org.cqcheck.report.WaiverNote;

/**
 * User-facing text in one language, from {@code messages_en.properties} and {@code
 * messages_zh.properties}. Placeholders are {0}, {1}, … and nothing else, so that apostrophes and
 * braces in Chinese or English text need no escaping.
 */
public final class Messages {

  private final Language language;
  private final ResourceBundle bundle;

  public Messages(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("org.cqcheck.report.messages", language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  public String get(String key, Object... args) {
    return templates.computeIfAbsent(key, this::template).fill(args);
  }

  /** Whether there is a message {@code key} (for names that only some values have). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  private Template template(String key) {
    try {
      return Template.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' in " + language, e);
    }
  }

  /** Messages are filled for every finding of every report: each text is split once. */
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  /**
   * A message split at its placeholders: {@code texts[0] args[slots[0]] texts[1] ...}. A
   * placeholder with no argument stays as written; an argument's own text is never searched for
   * placeholders.
   */
  private record Template(String[] texts, int[] slots) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    static Template of(String text) {
      List<String> texts = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(text);
      int from = 0;
      while (m.find()) {
        texts.add(text.substring(from, m.start()));
        slots.add(Integer.parseInt(m.group(1)));
        from = m.end();
      }
      texts.add(text.substring(from));
      return new Template(texts.toArray(String[]::new),
          slots.stream().mapToInt(Integer::intValue).toArray());
    }

    String fill(Object[] args) {
      if (slots.length == 0) {
        return texts[0];
      }
      StringBuilder filled = new StringBuilder(texts[0]);
      for (int i = 0; i < slots.length; i++) {
        int slot = slots[i];
        filled.append(slot < args.length ? String.valueOf(args[slot]) : "{" + slot + "}");
        filled.append(texts[i + 1]);
      }
      return filled.toString();
    }
  }

  /** The error with where it is: "/annual/employees (line 14, column 18): …". */
  public String placed(InputError error) {
    String where = error.location();
    if (error.line() > 0) {
      String position = get("text.position", error.line(), error.column());
      where = where.isEmpty() ? position : where + " " + position;
    }
    return (where.isEmpty() ? "" : where + ": ") + error(error);
  }

  /**
   * Every problem of an input on one line, each placed: the problem alone, or "2 problems: (1)
   * /annual/employees (line 10, column 41): …; (2) …", so that a report that has room for one
   * message (a SARIF result, a JUnit error's message) still names them all at once.
   */
  public String problems(List<InputError> errors) {
    if (errors.size() == 1) {
      return placed(errors.get(0));
    }
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < errors.size(); i++) {
      all.append(i == 0 ? "" : language.chinese() ? "；" : "; ")
          .append('(').append(i + 1).append(") ").append(placed(errors.get(i)));
    }
    return errors.isEmpty() ? "" : get("input.problems", errors.size(), all);
  }

  /** The counts of a run, as the last line of a report says them. */
  public String summary(Report.Summary s) {
    if (s.indicatorReports() > 0) {
      // Scorecards besides (or instead of) proposals: their counts and INCONCLUSIVE verdicts.
      if (s.valid() > 0) {
        return get("text.summary.validateWithReports", s.proposals(), s.indicatorReports(),
            s.valid(), s.error());
      }
      return s.proposals() == 0
          ? get("text.summary.reports", s.indicatorReports(), s.pass(), s.inconclusive(),
              s.fail(), s.error())
          : get("text.summary.withReports", s.proposals(), s.indicatorReports(), s.pass(),
              s.warn(), s.incomplete(), s.inconclusive(), s.fail(), s.error());
    }
    if (s.proposals() > 0 && s.error() == s.proposals()) {
      // Nothing was read, checked or validated: the same words for check and validate, which
      // the counts alone cannot tell apart.
      return get("text.summary.errorsOnly", s.proposals(), s.error());
    }
    return s.valid() > 0
        ? get("text.summary.validate", s.proposals(), s.valid(), s.error())
        : get("text.summary", s.proposals(), s.pass(), s.warn(), s.fail(), s.error(),
            s.incomplete());
  }

  /**
   * The items an applicant must supply, in one sentence: "annual.naturalGasM3
   * (CQ2012-CHEM-GAS-YIELD); subsector (CQ2012-HIGH-RISK-SAFETY)".
   */
  public String toSupply(List<MissingItem> items) {
    return get("text.toSupply", items.stream()
        .map(i -> {
          String field = i.zero() ? get("text.toSupplyZero", i.field()) : i.field();
          String rules = String.join(", ", i.ruleIds());
          // The unit the applicant states it in, where the field has one: "m³", "元".
          Field.Kind kind = Field.byPath(i.field()).map(Field::kind).orElse(Field.Kind.TEXT);
          if (i.zero()) {
            return get("text.toSupplyItem", field, rules);
          }
          if (kind == Field.Kind.FLAG) {
            return get("text.toSupplyItemFlag", field, rules);
          }
          return kind.unit(language.chinese())
              .map(unit -> get("text.toSupplyItemUnit", field, unit, rules))
              .orElseGet(() -> get("text.toSupplyItem", field, rules));
        })
        .collect(java.util.stream.Collectors.joining(get("text.listSeparator"))));
  }

  /** What the report says of a waiver that expired or matched nothing. */
  public String waiverNote(WaiverNote note) {
    var w = note.waiver();
    return get("waiver." + note.kind().name(), w.rule(), w.proposal(),
        note.source() + ":" + w.line(), w.expires());
  }

  /** The message of an input error. */
  public String error(InputError error) {
    Object[] args = error.args().toArray();
    if (error.kind() == InputError.Kind.WRONG_TYPE) {
      args[1] = get("type." + args[1]);
    }
    if (error.kind() == InputError.Kind.SYNTAX_EXPECTED) {
      args[1] = get("expected." + args[1]);
    }
    if (error.kind() == InputError.Kind.UNREADABLE
        && InputError.UNREADABLE_REASONS.contains(String.valueOf(args[0]))) {
      args[0] = get("reason." + args[0]);
    }
    return get("error." + error.kind().name(), args);
  }
}
