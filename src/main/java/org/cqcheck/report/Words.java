package org.cqcheck.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Severity;
import org.cqcheck.engine.Status;
import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.FindingText;
import org.cqcheck.internal.report.Messages;

/**
 * The words of one language, English or Chinese: what reports say of findings and of input
 * problems. The engine and the reader state findings and problems as data; this is where a
 * library turns one into a sentence:
 *
 * <pre>{@code
 * Words zh = Words.of(Locale.SIMPLIFIED_CHINESE);
 * String sentence = zh.message(finding);  // "每立方米天然气产出为 12 元/立方米，未达到 ≥ 25 元/立方米 的要求"
 * }</pre>
 *
 * <p>Immutable and shared: one instance per language.
 */
public final class Words {

  private static final Map<Language, Words> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      Messages messages = new Messages(language);
      BY_LANGUAGE.put(language, new Words(messages, new FindingText(messages)));
    }
  }

  private final Messages messages;
  private final FindingText text;

  private Words(Messages messages, FindingText text) {
    this.messages = messages;
    this.text = text;
  }

  /** The words of {@code locale}'s language: Chinese for zh, else English. */
  public static Words of(Locale locale) {
    return of(Language.of(Objects.requireNonNull(locale, "locale")));
  }

  /** The words of {@code language}. */
  public static Words of(Language language) {
    return BY_LANGUAGE.get(Objects.requireNonNull(language, "language"));
  }

  /** What a finding says, as the JSON report's {@code message} has it. */
  public String message(Finding finding) {
    return text.message(finding);
  }

  /** What an input problem says (without its place in the file). */
  public String message(InputError error) {
    return messages.error(error);
  }

  /** A verdict as reports show it: "FAIL" / "不合格". */
  public String verdict(Verdict verdict) {
    return messages.get("verdict." + verdict.name());
  }

  /** A status as reports show it: "MISSING" / "缺数据". */
  public String status(Status status) {
    return messages.get("status." + status.name());
  }

  /** A severity as reports show it: "mandatory" / "强制性". */
  public String severity(Severity severity) {
    return messages.get("text.severity." + severity.name());
  }

  /**
   * What the applicant must supply before {@code result} can be decided, as one line: "to supply
   * before approval: annual.naturalGasM3 in m³ (CQ2012-CHEM-GAS-YIELD)"; empty when nothing is.
   */
  public String toSupply(CheckResult result) {
    List<MissingItem> items = result.toSupply();
    return items.isEmpty() ? "" : messages.toSupply(items);
  }

  /**
   * A figure of a finding as reports show it, with its unit: rates as percentages, amounts
   * grouped, as many decimals as it takes to differ from the required figure ("12 yuan/m³",
   * "45%", "9,000,000 元/人•年"); "—" when there is none.
   */
  public String actual(Finding finding) {
    return text.actual(finding);
  }

  /** What a finding requires, with its comparator and unit: "≥ 25 yuan/m³", "∋ GMP-2010". */
  public String required(Finding finding) {
    return text.required(finding);
  }

  Messages messages() {
    return messages;
  }

  FindingText text() {
    return text;
  }
}
