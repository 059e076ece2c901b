package org.cqcheck.internal.input;

import java.util.Arrays;

/**
 * The proposal ids seen in one run, kept compactly so that a run over millions of proposals stays
 * small: a 64-bit hash of each id and where it was first seen, in primitive arrays (12 bytes a
 * slot; slots up to 95% full, so about 13 bytes an id, 12.5 MiB for a million). Where an id was
 * seen is the caller's number: a line number for a stream of lines, the proposal's place in the
 * run for files. Two different ids sharing a 64-bit hash would be reported as a repeat; at a
 * million ids the chance is about 3 in 100 million. Not thread-safe.
 *
 * <p>The table is a series of levels that are never rehashed: when the newest is full, a new one
 * takes the new ids, and a lookup probes every level. A table that rehashes as it grows leaves its
 * old arrays behind, twice to four times its final size in all; the serial collector reclaims them
 * only when the old generation is full, so a million-line run touched 43 MiB of old generation for
 * 16 MiB of ids. Growing by levels leaves nothing behind. Levels grow by a quarter up to 65,536
 * slots (768 KiB) or a thirty-second of the ids held, whichever is more, so that a newly begun
 * level, still nearly empty, is a small part of the whole.
 *
 * <p>Each level keeps its hashes in order (ordered linear probing: a slot's home is a monotonic
 * function of the hash, and an insertion moves larger hashes one slot on), so a lookup stops at the
 * first larger hash instead of at the first empty slot: a level can be 95% full and a miss still
 * reads a few slots of it, which matters since a new id misses in every level.
 *
 * <p>Hand-written because the libraries hold twice as much or more: for a million ids, fastutil's
 * {@code Long2IntOpenHashMap} of the same hashes 25 bytes an id and a process peak 29 MiB higher,
 * a {@code HashMap} of the ids 118 bytes an id ({@code SeenIdsMemory} in bench/; figures in
 * bench/RESULTS.md). It is slower than fastutil's map (about 1.3 against 0.4 µs an id), a few
 * percent of a JSON line's time.
 */
public final class SeenIds {

  private static final int FIRST_LEVEL_SLOTS = 4096;
  /** Levels grow to this many slots, then by a thirty-second of the ids held when that is more. */
  private static final int LARGEST_FIXED_LEVEL_SLOTS = 65_536;

  /** Oldest first; only the last takes new ids. */
  private Level[] levels = {new Level(FIRST_LEVEL_SLOTS)};
  private int size;

  /**
   * Records {@code id} as seen at {@code where} (1 or more); returns where it was first seen, or 0
   * if it was not seen before.
   */
  public int firstSeenAt(String id, int where) {
    if (where <= 0) {
      throw new IllegalArgumentException("where must be 1 or more, not " + where);
    }
    long key = key(hash(id));
    for (Level level : levels) {
      int first = level.whereOf(key);
      if (first != 0) {
        return first;
      }
    }
    Level newest = levels[levels.length - 1];
    if (newest.full()) {
      newest = newLevel(newest.slots());
    }
    int pushedOut = newest.add(key, where);
    if (pushedOut != 0) {
      // The largest key of a cluster at the level's end was pushed out: a new level holds it.
      newLevel(newest.slots()).add(newest.pushedOutKey(), pushedOut);
    }
    size++;
    return 0;
  }

  private Level newLevel(int previousSlots) {
    int slots = Math.min(previousSlots + previousSlots / 4,
        Math.max(LARGEST_FIXED_LEVEL_SLOTS, size / 32));
    Level level = new Level(Math.max(slots, FIRST_LEVEL_SLOTS));
    levels = Arrays.copyOf(levels, levels.length + 1);
    levels[levels.length - 1] = level;
    return level;
  }

  /**
   * One table of hashes in order, with where each was first seen. Keys are hashes rotated so that
   * their low 32 bits, which choose the home slot, come first in unsigned order.
   */
  static final class Level {
    private final int slots;
    private final long[] keys;
    /** Where each key was first seen; 0 marks an empty slot. */
    private final int[] wheres;
    private int size;
    /** The key the last {@link #add} pushed out of the end, if it did. */
    private long pushedOutKey;

    /** With slots past the last home, so that a cluster near the end rarely runs out of room. */
    Level(int slots) {
      this(slots, slots / 64 + 64);
    }

    Level(int slots, int slotsPastTheEnd) {
      this.slots = slots;
      keys = new long[slots + slotsPastTheEnd];
      wheres = new int[slots + slotsPastTheEnd];
    }

    int slots() {
      return slots;
    }

    int length() {
      return keys.length;
    }

    boolean full() {
      return size * 20L >= slots * 19L;
    }

    /** Where {@code key} was first seen, or 0 when this level does not hold it. */
    int whereOf(long key) {
      for (int slot = home(key); slot < keys.length && wheres[slot] != 0; slot++) {
        int order = Long.compareUnsigned(keys[slot], key);
        if (order == 0) {
          return wheres[slot];
        }
        if (order > 0) {
          return 0;
        }
      }
      return 0;
    }

    /**
     * Adds a key this level does not hold, keeping the keys in order. Returns 0; or, when the
     * last key of a cluster had to move past the end, where that key was seen (the key is left in
     * {@link #pushedOutKey}): the level no longer holds it.
     */
    int add(long key, int where) {
      long carriedKey = key;
      int carriedWhere = where;
      for (int slot = home(key); slot < keys.length; slot++) {
        if (wheres[slot] == 0) {
          keys[slot] = carriedKey;
          wheres[slot] = carriedWhere;
          size++;
          return 0;
        }
        if (Long.compareUnsigned(keys[slot], carriedKey) > 0) {
          long k = keys[slot];
          int w = wheres[slot];
          keys[slot] = carriedKey;
          wheres[slot] = carriedWhere;
          carriedKey = k;
          carriedWhere = w;
        }
      }
      pushedOutKey = carriedKey;
      return carriedWhere;
    }

    long pushedOutKey() {
      return pushedOutKey;
    }

    /** The high 32 bits of the key (the hash's low 32) scaled to the number of homes. */
    private int home(long key) {
      return (int) (((key >>> 32) * slots) >>> 32);
    }
  }

  /** The hash rotated so that the bits that choose the home slot lead the order. */
  private static long key(long hash) {
    return Long.rotateLeft(hash, 32);
  }

  /** FNV-1a over the UTF-16 code units, then a final mix. */
  static long hash(String id) {
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

  int size() {
    return size;
  }

  /** The bytes the table holds in its arrays: what it costs in memory, for the test of its bound. */
  long footprintBytes() {
    long bytes = 0;
    for (Level level : levels) {
      bytes += 12L * level.length();
    }
    return bytes;
  }
}
