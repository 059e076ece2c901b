package org.cqcheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which proposal ids a waiver's glob takes: ids, not paths. */
class WaiverGlobTest {

  private static Waiver waiver(String glob) {
    return new Waiver("CQ2012-ROE", glob, "why", "who", LocalDate.of(2030, 1, 1), 1);
  }

  @Test
  void aStarTakesAnyRunOfCharactersASlashAmongThem() {
    assertThat(waiver("CQ-*").matches("CQ2012-ROE", "CQ-2013/7")).isTrue();
    assertThat(waiver("CQ-2013-FL-*").matches("CQ2012-ROE", "CQ-2013-FL-0112")).isTrue();
    assertThat(waiver("CQ-2013-FL-*").matches("CQ2012-ROE", "CQ-2013-CS-0007")).isFalse();
    assertThat(waiver("*-0007").matches("CQ2012-ROE", "CQ-2013-CS-0007")).isTrue();
    assertThat(waiver("*").matches("CQ2012-ROE", "")).isTrue();
  }

  @Test
  void aQuestionMarkTakesOneCharacterAndEverythingElseItself() {
    assertThat(waiver("CQ-201?-X").matches("CQ2012-ROE", "CQ-2013-X")).isTrue();
    assertThat(waiver("CQ-201?-X").matches("CQ2012-ROE", "CQ-20133-X")).isFalse();
    assertThat(waiver("CQ-[1]").matches("CQ2012-ROE", "CQ-[1]")).isTrue();
    assertThat(waiver("CQ-{a,b}").matches("CQ2012-ROE", "CQ-a")).isFalse();
  }

  @Test
  void anyCharacterOfAnIdIsJustACharacterAndOtherRulesAreNotWaived() {
    assertThat(waiver("A*").matches("CQ2012-ROE", "A\u0000B")).isTrue();
    assertThat(waiver("A\u0000B").matches("CQ2012-ROE", "A\u0000B")).isTrue();
    assertThat(waiver("CQ-*").matches("CQ2012-IN-PARK", "CQ-1")).isFalse();
    assertThat(waiver("CQ-*").matches("CQ2012-ROE", null)).isFalse();
  }
}
