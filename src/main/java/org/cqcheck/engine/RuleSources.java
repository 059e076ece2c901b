package org.cqcheck.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL text of each rule, as shipped beside the compiled model, for {@code explain} and for
 * messages that name a rule's file.
 */
final class RuleSources {

  private static final Pattern RULE =
      Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end\\s*$");

  /** The DRL files, by name, in the order added. */
  private final Map<String, String> files = new LinkedHashMap<>();

  /**
   * Each rule's text and file, found in the files when first asked: only the rule catalogue and
   * messages ask, and a check need not spend its start-up on the search.
   */
  private volatile Index index;

  private record Index(Map<String, String> drl, Map<String, String> fileOfRule,
      Map<String, Integer> lineOfRule) {}

  void add(String fileName, String fileText) {
    files.put(fileName, fileText);
    index = null;
  }

  private Index index() {
    Index known = index;
    if (known == null) {
      Map<String, String> drl = new LinkedHashMap<>();
      Map<String, String> fileOfRule = new LinkedHashMap<>();
      Map<String, Integer> lineOfRule = new LinkedHashMap<>();
      files.forEach((fileName, fileText) -> {
        Matcher m = RULE.matcher(fileText);
        while (m.find()) {
          drl.put(m.group(1), m.group());
          fileOfRule.put(m.group(1), fileName);
          lineOfRule.put(m.group(1),
              1 + (int) fileText.substring(0, m.start()).chars().filter(c -> c == '\n').count());
        }
      });
      known = new Index(drl, fileOfRule, lineOfRule);
      index = known;
    }
    return known;
  }

  /** The file a rule is written in, for messages. */
  String fileOf(String ruleId) {
    return index().fileOfRule().getOrDefault(ruleId, "?");
  }

  /** The line where a rule begins in its file; 0 when not known. */
  int lineOf(String ruleId) {
    return index().lineOfRule().getOrDefault(ruleId, 0);
  }

  /** A problem of a rule, at the line where the rule begins. */
  RuleSetException problem(String ruleId, String message) {
    return new RuleSetException(fileOf(ruleId), lineOf(ruleId), message);
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
}
