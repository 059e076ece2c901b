package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages english = new Messages(Language.EN);

  @Test
  void fillsEachPlaceholderWithItsArgument() {
    assertThat(english.get("finding.met", "gas yield", "33.33 yuan/m³", "≥", "25 yuan/m³"))
        .isEqualTo("gas yield is 33.33 yuan/m³, meeting ≥ 25 yuan/m³");
  }

  @Test
  void anArgumentIsNeverSearchedForPlaceholders() {
    // A proposal's own words (a park named "{1}") are shown as written.
    assertThat(english.get("finding.met", "{1}", "x", "≥", "y")).isEqualTo("{1} is x, meeting ≥ y");
  }

  @Test
  void aPlaceholderWithoutAnArgumentStaysAsWritten() {
    assertThat(english.get("finding.met", "a", "b")).isEqualTo("a is b, meeting {2} {3}");
  }
}
