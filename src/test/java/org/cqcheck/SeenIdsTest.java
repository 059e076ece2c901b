package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.cqcheck.input.SeenIds;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void aRepeatedIdReturnsTheLineItWasFirstSeenOnAcrossGrowth() {
    SeenIds seen = new SeenIds();
    for (int i = 1; i <= 100_000; i++) {
      assertThat(seen.firstLineOf("CQ-" + i, i)).isZero();
    }
    assertThat(seen.firstLineOf("CQ-1", 100_001)).isEqualTo(1);
    assertThat(seen.firstLineOf("CQ-77777", 100_002)).isEqualTo(77_777);
    assertThat(seen.firstLineOf("CQ-100001", 100_003)).isZero();
  }
}
