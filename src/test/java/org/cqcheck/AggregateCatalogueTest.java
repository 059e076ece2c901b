package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Target;
import org.cqcheck.model.Fraction;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate target of docs/AGGREGATE-TARGETS.md is a rule of rules/aggregate/, and every
 * such rule is a row there: id, horizon or span, indicator key, comparator, exact threshold,
 * clause and quote as the catalogue gives them; and each quote occurs, verbatim, in its seed.
 */
class AggregateCatalogueTest {

  private record Row(String id, String horizon, String key, String comparator, String threshold,
      String clause, String quote) {}

  // | id | horizon | `key` | comparator | threshold (base) | clause | `quote` | note |
  private static final Pattern ROW = Pattern.compile("^\\| (CQ\\d{4}-AGG-[A-Z0-9-]+) \\| "
      + "([0-9-]+) \\| `([^`]+)` \\| ([≥>≤≈]) \\| [^|]*\\(([0-9./]+)\\) \\| ([^|]+) \\| `([^`]+)` \\|");

  private static Map<String, Row> rows() throws IOException {
    Map<String, Row> rows = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("docs/AGGREGATE-TARGETS.md"),
        StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        rows.put(m.group(1), new Row(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
            m.group(6).strip(), m.group(7)));
      }
    }
    return rows;
  }

  @Test
  void everyTargetOfTheCatalogueIsARuleAndEveryRuleARow() throws IOException {
    Map<String, Row> rows = rows();
    assertThat(rows).hasSize(156);
    List<RuleInfo> targets = TestCheckers.shared().catalogue().targets();
    assertThat(targets).extracting(RuleInfo::id)
        .containsExactlyInAnyOrderElementsOf(rows.keySet());
    List<String> wrong = new ArrayList<>();
    for (RuleInfo rule : targets) {
      Row row = rows.get(rule.id());
      Target target = rule.target().orElseThrow();
      Horizon horizon = rule.horizon().orElseThrow();
      String when = horizon.span() ? horizon.from() + "-" + horizon.to()
          : String.valueOf(horizon.to());
      Fraction threshold = Fraction.parse(row.threshold()).orElseThrow();
      if (!when.equals(row.horizon()) || !target.indicator().equals(row.key())
          || !target.comparator().symbol().equals(row.comparator())
          || target.threshold().compareTo(threshold) != 0
          || !rule.clause().equals(row.clause()) || !rule.quote().equals(row.quote())
          || !rule.edition().equals(rule.id().substring(0, 6))
          || !horizon.region().equals("city")) {
        wrong.add(rule.id() + ": rule " + when + " " + target + " " + rule.clause() + " 「"
            + rule.quote() + "」, catalogue " + row);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyTargetsQuoteIsInItsSeedVerbatim() throws IOException {
    for (RuleInfo rule : TestCheckers.shared().catalogue().targets()) {
      String seed = Files.readString(Path.of("seeds", rule.document()), StandardCharsets.UTF_8);
      assertThat(seed).as("seed %s of %s", rule.document(), rule.id()).contains(rule.quote());
    }
  }

  @Test
  void twoThirdsIsExactInTheRule() {
    RuleInfo concentration = TestCheckers.shared().catalogue()
        .rule("CQ2008-AGG-PARKS-CONCENTRATION").orElseThrow();
    assertThat(concentration.target().orElseThrow().threshold()).isEqualTo(Fraction.of(2, 3));
  }
}
