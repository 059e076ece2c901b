package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void aTagNamesItsLanguageWhateverItsRegionScriptOrCase() {
    for (String zh : new String[] {"zh", "ZH", "zh-CN", "zh_CN", "zh-Hans", "zh-Hans-CN", " zh-TW "}) {
      assertThat(Language.forTag(zh)).as(zh).contains(Language.ZH);
    }
    for (String en : new String[] {"en", "EN", "en-US", "en_GB"}) {
      assertThat(Language.forTag(en)).as(en).contains(Language.EN);
    }
  }

  @Test
  void otherLanguagesAndNonTagsNameNone() {
    for (String other : new String[] {"fr", "de-DE", "", "  ", "chinese", "12", "zh CN"}) {
      assertThat(Language.forTag(other)).as("'%s'", other).isEmpty();
    }
    assertThat(Language.forTag(null)).isEmpty();
  }

  @Test
  void theLocaleDecidesWhenNoTagIsGiven() {
    assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH);
    assertThat(Language.of(Locale.US)).isEqualTo(Language.EN);
    assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.EN);
  }
}
