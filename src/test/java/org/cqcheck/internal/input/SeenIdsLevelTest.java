package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A level of the table of ids seen keeps its keys in order, up to its end and past it. */
class SeenIdsLevelTest {

  /** A key whose home is the last slot of any level: its leading 32 bits are all ones. */
  private static long atTheEnd(int low) {
    return 0xFFFF_FFFF_0000_0000L | low;
  }

  @Test
  void aClusterThatReachesTheEndPushesItsLargestKeyOut() {
    SeenIds.Level level = new SeenIds.Level(16, 1);
    assertThat(level.add(atTheEnd(5), 1)).isZero();
    assertThat(level.add(atTheEnd(9), 2)).isZero();
    // No slot left after the two: the largest of the three leaves the level.
    assertThat(level.add(atTheEnd(7), 3)).isEqualTo(2);
    assertThat(level.pushedOutKey()).isEqualTo(atTheEnd(9));
    assertThat(level.whereOf(atTheEnd(5))).isEqualTo(1);
    assertThat(level.whereOf(atTheEnd(7))).isEqualTo(3);
    assertThat(level.whereOf(atTheEnd(9))).isZero();
    assertThat(level.add(atTheEnd(11), 4)).isEqualTo(4);
    assertThat(level.pushedOutKey()).isEqualTo(atTheEnd(11));
  }

  @Test
  void randomKeysAreFoundAsAMapFindsThem() {
    Random random = new Random(11);
    SeenIds.Level level = new SeenIds.Level(4096, 8);
    Map<Long, Integer> reference = new HashMap<>();
    Map<Long, Integer> pushedOut = new HashMap<>();
    for (int where = 1; where <= 3900; where++) {
      // Half the keys anywhere, half crowded near the end, where their cluster runs out of room.
      long key = random.nextBoolean() ? random.nextLong()
          : ((long) (0xFFFF_F000 | random.nextInt(4096)) << 32) | random.nextInt(1 << 20);
      if (reference.containsKey(key) || pushedOut.containsKey(key)) {
        continue;
      }
      reference.put(key, where);
      int out = level.add(key, where);
      if (out != 0) {
        reference.remove(level.pushedOutKey());
        pushedOut.put(level.pushedOutKey(), out);
      }
    }
    assertThat(pushedOut).isNotEmpty();
    reference.forEach((key, where) -> assertThat(level.whereOf(key)).isEqualTo(where));
    pushedOut.keySet().forEach(key -> assertThat(level.whereOf(key)).isZero());
    for (int i = 0; i < 10_000; i++) {
      long other = random.nextLong();
      if (!reference.containsKey(other)) {
        assertThat(level.whereOf(other)).isZero();
      }
    }
  }

  @Test
  void idsAreFoundAsAMapFindsThemAcrossManyLevels() {
    Random random = new Random(5);
    SeenIds seen = new SeenIds();
    Map<String, Integer> reference = new HashMap<>();
    for (int where = 1; where <= 400_000; where++) {
      String id = "P-" + random.nextInt(300_000);
      Integer first = reference.putIfAbsent(id, where);
      assertThat(seen.firstSeenAt(id, where)).isEqualTo(first == null ? 0 : first);
    }
    assertThat(seen.size()).isEqualTo(reference.size());
  }
}
