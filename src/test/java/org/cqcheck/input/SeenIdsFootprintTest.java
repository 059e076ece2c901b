package org.cqcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table of ids seen is what grows with a run's length: its bound, and its answers at scale. */
class SeenIdsFootprintTest {

  @Test
  void aMillionIdsTakeAtMostTwentyBytesEachAndEveryRepeatIsFound() {
    SeenIds seen = new SeenIds();
    int n = 1_000_000;
    for (int i = 1; i <= n; i++) {
      assertThat(seen.firstSeenAt("CQ-2013-" + i, i)).isZero();
    }
    assertThat(seen.size()).isEqualTo(n);
    // 12 bytes a slot, levels 80% full but the newest: 15 to 19 bytes an id, and no array ever
    // dropped (the single table it replaced held 24 bytes an id at a million, and 36 while
    // doubling).
    assertThat(seen.footprintBytes()).isLessThanOrEqualTo(20L * n).isGreaterThanOrEqualTo(15L * n);
    for (int i = 1; i <= n; i += 997) {
      assertThat(seen.firstSeenAt("CQ-2013-" + i, n + i)).isEqualTo(i);
    }
    assertThat(seen.size()).isEqualTo(n);
  }
}
