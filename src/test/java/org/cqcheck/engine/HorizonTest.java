package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cqcheck.Checker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An aggregate target's horizon or span and region, as rule metadata states them. */
class HorizonTest {

  private static final Path GOOD = Path.of("src/test/resources/packs/good");

  @Test
  void aHorizonIsAYearAndASpanTwoInOrder() {
    assertThat(Horizon.ofMetadata("2015", null, "chongqing"))
        .isEqualTo(new Horizon(2015, 2015, false, "chongqing"));
    assertThat(Horizon.ofMetadata(null, "2011-2015", "chongqing"))
        .isEqualTo(new Horizon(2011, 2015, true, "chongqing"));
    assertThat(Horizon.ofMetadata(null, null, null)).isNull();
    assertThat(Horizon.ofMetadata(null, "2011-2015", "wanzhou")).hasToString("2011-2015 wanzhou");
  }

  @Test
  void whatIsWrongIsSaid() {
    assertThatThrownBy(() -> Horizon.ofMetadata(null, "2015-2011", "chongqing"))
        .hasMessageContaining("expected YYYY-YYYY, the earlier year first");
    assertThatThrownBy(() -> Horizon.ofMetadata("二〇一五", null, "chongqing"))
        .hasMessageContaining("expected a year such as 2015");
    assertThatThrownBy(() -> Horizon.ofMetadata("2015", "2011-2015", "chongqing"))
        .hasMessageContaining("both @horizon and @span");
    assertThatThrownBy(() -> Horizon.ofMetadata("2015", null, null))
        .hasMessageContaining("no @region");
  }

  @Test
  void aRulePackRuleCarriesItsHorizonAndABadSpanIsRefusedAtItsLine(@TempDir Path dir)
      throws IOException {
    Path pack = copyOfGood(dir.resolve("with-horizon"), "@span(\"2016-2020\") @region(\"wanzhou\")");
    RuleInfo rule = Checker.withDefaultRules().withRulePack(pack).catalogue()
        .rule("WZ2020-RD-INTENSITY").orElseThrow();
    assertThat(rule.horizon()).contains(new Horizon(2016, 2020, true, "wanzhou"));

    Path bad = copyOfGood(dir.resolve("bad-span"), "@span(\"2020-2016\") @region(\"wanzhou\")");
    assertThatThrownBy(() -> Checker.withDefaultRules().withRulePack(bad))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("wanzhou.drl:")
        .hasMessageContaining("has @span \"2020-2016\"");
  }

  private static Path copyOfGood(Path to, String metadata) throws IOException {
    Files.createDirectories(to);
    for (String name : new String[] {"editions.yaml", "wanzhou.drl"}) {
      String text = Files.readString(GOOD.resolve(name), StandardCharsets.UTF_8);
      if (name.endsWith(".drl")) {
        text = text.replace("@requires(", metadata + "\n    @requires(");
      }
      Files.writeString(to.resolve(name), text, StandardCharsets.UTF_8);
    }
    return to;
  }
}
