package org.cqcheck.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.model.Fraction;

/**
 * What an aggregate target requires of a report's figure, as its rule's {@code @requires} states
 * it: an indicator key, a comparator (≥, >, ≤, or ≈ within 5%) and the exact threshold in the
 * indicator's base unit ({@code "parks.industrialConcentration >= 2/3"}).
 *
 * @param indicator the indicator key, such as {@code industry.grossOutputValueYuan}
 * @param comparator AT_LEAST, GREATER_THAN, AT_MOST or APPROXIMATELY
 * @param threshold exact, in the indicator's base unit
 * @param written the threshold as the text writes it ({@code @threshold}: 3万亿元, 三分之二), or the
 *     threshold itself when the rule gives none
 * @param note the reading the target rests on ({@code @note}), if the rule gives one
 */
public record Target(String indicator, Comparator comparator, Fraction threshold, String written,
    Optional<String> note) {

  private static final Pattern FORM = Pattern.compile(
      "\\s*([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+)\\s*(>=|<=|>|~=|≈)\\s*(\\S+)\\s*");

  public Target {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(note, "note");
  }

  /**
   * The target a rule's metadata states.
   *
   * @throws IllegalArgumentException naming what is wrong, for the rule's author
   */
  static Target ofMetadata(Object requires, Object written, Object note) {
    if (requires == null) {
      throw new IllegalArgumentException("has a horizon but no @requires: what does the target"
          + " require, such as \"industry.grossOutputValueYuan > 3000000000000\"?");
    }
    Matcher m = FORM.matcher(String.valueOf(requires));
    if (!m.matches()) {
      throw new IllegalArgumentException("has @requires \"" + requires + "\"; a target's is an"
          + " indicator key, >=, >, <= or ~=, and a number in the key's base unit, such as"
          + " \"industry.grossOutputValueYuan > 3000000000000\" or"
          + " \"parks.industrialConcentration >= 2/3\"");
    }
    Comparator comparator = switch (m.group(2)) {
      case ">=" -> Comparator.AT_LEAST;
      case "<=" -> Comparator.AT_MOST;
      case ">" -> Comparator.GREATER_THAN;
      default -> Comparator.APPROXIMATELY;
    };
    Fraction threshold = Fraction.parse(m.group(3)).orElseThrow(() ->
        new IllegalArgumentException("has @requires \"" + requires + "\"; its threshold "
            + m.group(3) + " is not a number such as 0.85, 3000000000000 or 2/3"));
    String shown = written == null || String.valueOf(written).isBlank()
        ? threshold.toString() : String.valueOf(written).strip();
    Optional<String> reading = note == null || String.valueOf(note).isBlank()
        ? Optional.empty() : Optional.of(String.valueOf(note).strip());
    return new Target(m.group(1), comparator, threshold, shown, reading);
  }

  /** As the rule writes it: "industry.grossOutputValueYuan > 3000000000000". */
  @Override
  public String toString() {
    return indicator + " " + comparator.code() + " " + threshold;
  }
}
