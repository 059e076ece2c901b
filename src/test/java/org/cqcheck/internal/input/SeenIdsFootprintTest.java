package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table of ids seen is what grows with a run's length: its bound, and its answers at scale. */
class SeenIdsFootprintTest {

  @Test
  void aMillionIdsTakeAtMostFourteenBytesEachAndEveryRepeatIsFound() {
    SeenIds seen = new SeenIds();
    int n = 1_000_000;
    for (int i = 1; i <= n; i++) {
      assertThat(seen.firstSeenAt("CQ-2013-" + i, i)).isZero();
    }
    assertThat(seen.size()).isEqualTo(n);
    // 12 bytes a slot, levels 95% full but the newest, which is at most 768 KiB or a thirty-second
    // of the whole: 13 bytes an id here, and no array ever dropped (levels 80% full and growing
    // by a quarter held 15 to 19 bytes an id; the single table before them, 24, and 36 while
    // doubling).
    assertThat(seen.footprintBytes()).isLessThanOrEqualTo(14L * n).isGreaterThanOrEqualTo(12L * n);
    for (int i = 1; i <= n; i += 997) {
      assertThat(seen.firstSeenAt("CQ-2013-" + i, n + i)).isEqualTo(i);
    }
    assertThat(seen.size()).isEqualTo(n);
  }
}
