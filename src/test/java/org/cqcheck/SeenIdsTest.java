package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cqcheck.internal.input.SeenIds;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void aRepeatedIdReturnsWhereItWasFirstSeenAcrossGrowth() {
    SeenIds seen = new SeenIds();
    for (int i = 1; i <= 100_000; i++) {
      assertThat(seen.firstSeenAt("CQ-" + i, i)).isZero();
    }
    assertThat(seen.firstSeenAt("CQ-1", 100_001)).isEqualTo(1);
    assertThat(seen.firstSeenAt("CQ-77777", 100_002)).isEqualTo(77_777);
    assertThat(seen.firstSeenAt("CQ-100001", 100_003)).isZero();
    assertThat(seen.firstSeenAt("CQ-100001", 100_004)).isEqualTo(100_003);
  }

  @Test
  void whereIsOneOrMore() {
    SeenIds seen = new SeenIds();
    assertThat(seen.firstSeenAt("A", Integer.MAX_VALUE)).isZero();
    assertThat(seen.firstSeenAt("A", 1)).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> seen.firstSeenAt("B", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
