package org.cqcheck.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.metrics.Metric;

/**
 * The DRL text of each rule, as shipped beside the compiled model, and the requirement its
 * consequence states. Reading the threshold from the rule's own text keeps it in one place: the
 * rule that is evaluated.
 */
final class RuleSources {

  private static final Pattern RULE =
      Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end\\s*$");
  private static final Pattern CONSEQUENCE = Pattern.compile(
      "findings\\.(atLeast|atMost|above|isTrue|contains|present|designated)\\(kcontext,\\s*"
          + "(?:Metric\\.(\\w+),\\s*)?\\$p(?:,\\s*([^)]+?))?\\s*\\)");

  /** The DRL files, by name, in the order added. */
  private final Map<String, String> files = new LinkedHashMap<>();

  /**
   * Each rule's text and file, found in the files when first asked: only the rule catalogue and
   * messages ask, and a check need not spend its start-up on the search.
   */
  private volatile Index index;

  private record Index(Map<String, String> drl, Map<String, String> fileOfRule) {}

  void add(String fileName, String fileText) {
    files.put(fileName, fileText);
    index = null;
  }

  private Index index() {
    Index known = index;
    if (known == null) {
      Map<String, String> drl = new LinkedHashMap<>();
      Map<String, String> fileOfRule = new LinkedHashMap<>();
      files.forEach((fileName, fileText) -> {
        Matcher m = RULE.matcher(fileText);
        while (m.find()) {
          drl.put(m.group(1), m.group());
          fileOfRule.put(m.group(1), fileName);
        }
      });
      known = new Index(drl, fileOfRule);
      index = known;
    }
    return known;
  }

  /** The file a rule is written in, for messages. */
  String fileOf(String ruleId) {
    return index().fileOfRule().getOrDefault(ruleId, "?");
  }

  /** These sources and {@code other}'s. */
  RuleSources plus(RuleSources other) {
    RuleSources both = new RuleSources();
    both.files.putAll(files);
    both.files.putAll(other.files);
    return both;
  }

  Optional<String> drlOf(String ruleId) {
    return Optional.ofNullable(index().drl().get(ruleId));
  }

  Optional<Requirement> requirementOf(String ruleId) {
    String text = index().drl().get(ruleId);
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CONSEQUENCE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Metric metric = m.group(2) == null ? null : Metric.valueOf(m.group(2));
    String operand = m.group(3) == null ? null : m.group(3).strip();
    Comparator comparator = switch (m.group(1)) {
      case "atLeast" -> Comparator.AT_LEAST;
      case "atMost" -> Comparator.AT_MOST;
      case "above" -> Comparator.GREATER_THAN;
      case "isTrue" -> Comparator.IS_TRUE;
      case "contains" -> Comparator.CONTAINS;
      case "present" -> Comparator.PRESENT;
      default -> Comparator.DESIGNATED;
    };
    if (operand != null && operand.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return Optional.of(new Requirement(metric, comparator, new BigDecimal(operand), null));
    }
    if (operand != null && operand.startsWith("Metric.")) {
      operand = Metric.valueOf(operand.substring("Metric.".length())).formula();
    } else if (operand != null) {
      operand = operand.replace("\"", "");
    }
    return Optional.of(new Requirement(metric, comparator, null, operand));
  }
}
