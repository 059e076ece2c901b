package org.cqcheck.bench;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.Map;
import org.cqcheck.internal.input.SeenIds;

/**
 * The table of proposal ids seen in a run (cqcheck's {@link SeenIds}) against what a library
 * offers in its place, filled with N ids as a run of N JSON lines fills it: the heap the table
 * holds once filled (bytes an id, after a full collection) and the time an id. Run one table per
 * JVM, with the launcher's flags, under {@code /usr/bin/time -v} for the peak resident size, which
 * also counts the arrays a growing table leaves behind:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -cp bench/target/benchmarks.jar \
 *     org.cqcheck.bench.SeenIdsMemory TABLE N
 * </pre>
 *
 * TABLE: {@code seen-ids} (cqcheck's), {@code fastutil} (fastutil's Long2IntOpenHashMap of the
 * same 64-bit hashes, filled to 75% as it grows by default), {@code fastutil-dense} (the same, to
 * 95%, as SeenIds fills its levels), {@code hash-map-long} (a HashMap of the boxed hashes), {@code
 * hash-map-string} (a HashMap of the ids themselves: no hash collisions, but every id kept), or
 * {@code none} (the ids made and dropped: the JVM's own share of the figures).
 */
public final class SeenIdsMemory {

  private SeenIdsMemory() {}

  /** Where an id was first seen, or 0 when new; as {@link SeenIds#firstSeenAt}. */
  private interface Table {
    int firstSeenAt(String id, int where);
  }

  public static void main(String[] args) {
    String name = args[0];
    int n = Integer.parseInt(args[1]);
    Table table = switch (name) {
      case "seen-ids" -> new SeenIds()::firstSeenAt;
      case "fastutil" -> {
        Long2IntOpenHashMap map = new Long2IntOpenHashMap();
        yield (id, where) -> map.putIfAbsent(hash(id), where);
      }
      case "fastutil-dense" -> {
        Long2IntOpenHashMap map = new Long2IntOpenHashMap(16, 0.95f);
        yield (id, where) -> map.putIfAbsent(hash(id), where);
      }
      case "hash-map-long" -> {
        Map<Long, Integer> map = new HashMap<>();
        yield (id, where) -> {
          Integer first = map.putIfAbsent(hash(id), where);
          return first == null ? 0 : first;
        };
      }
      case "hash-map-string" -> {
        Map<String, Integer> map = new HashMap<>();
        yield (id, where) -> {
          Integer first = map.putIfAbsent(id, where);
          return first == null ? 0 : first;
        };
      }
      case "none" -> (id, where) -> id.length() == 0 ? 1 : 0;
      default -> throw new IllegalArgumentException("no table " + name);
    };
    long before = usedAfterFullCollection();
    long start = System.nanoTime();
    for (int i = 1; i <= n; i++) {
      if (table.firstSeenAt("CQ-2013-" + i, i) != 0) {
        throw new AssertionError("a new id was taken for a repeat: " + i);
      }
    }
    long elapsed = System.nanoTime() - start;
    for (int i = 1; i <= n; i += 997) {
      if (!name.equals("none") && table.firstSeenAt("CQ-2013-" + i, n + i) != i) {
        throw new AssertionError("a repeat was missed: " + i);
      }
    }
    long held = usedAfterFullCollection() - before;
    System.out.printf("%-16s %,10d ids: %6.1f bytes an id held, %6.1f MiB, %5.0f ns an id%n",
        name, n, (double) held / Math.max(n, 1), held / 1048576.0, (double) elapsed / Math.max(n, 1));
    Reference.reachabilityFence(table);
  }

  /** The same hash as SeenIds: FNV-1a over the UTF-16 code units, then a final mix. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  private static long usedAfterFullCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
