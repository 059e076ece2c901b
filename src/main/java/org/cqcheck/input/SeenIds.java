package org.cqcheck.input;

import java.util.Arrays;

/**
 * The proposal ids seen in one run, kept compactly so that a run over millions of proposals stays
 * small: a 64-bit hash of each id and where it was first seen, in primitive arrays (12 bytes a
 * slot; slots are 64% to 80% full, so 15 to 19 bytes an id, about 16 MiB for a million). Where an
 * id was seen is the caller's number: a line number for a stream of lines, the proposal's place in
 * the run for files. Two different ids sharing a 64-bit hash would be reported as a repeat; at a
 * million ids the chance is about 3 in 100 million. Not thread-safe.
 *
 * <p>The table is a series of levels that are never rehashed: when the newest is 80% full, a new
 * one a quarter larger takes the new ids, and a lookup probes every level (about 20 at a million
 * ids, nothing beside reading a proposal). A table that rehashes as it grows leaves its old arrays
 * behind, twice to four times its final size in all; the serial collector reclaims them only when
 * the old generation is full, so a million-line run touched 43 MiB of old generation for 16 MiB of
 * ids. Growing by levels leaves nothing behind.
 */
public final class SeenIds {

  private static final int FIRST_LEVEL_SLOTS = 4096;

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
    long hash = hash(id);
    for (Level level : levels) {
      int first = level.whereOf(hash);
      if (first != 0) {
        return first;
      }
    }
    Level newest = levels[levels.length - 1];
    if (newest.full()) {
      newest = new Level(newest.slots() + newest.slots() / 4);
      levels = Arrays.copyOf(levels, levels.length + 1);
      levels[levels.length - 1] = newest;
    }
    newest.add(hash, where);
    size++;
    return 0;
  }

  /** One open-addressing table (linear probing) of hashes and where each was first seen. */
  private static final class Level {
    private final long[] hashes;
    /** Where each hash was first seen; 0 marks an empty slot. */
    private final int[] wheres;
    private int size;

    Level(int slots) {
      hashes = new long[slots];
      wheres = new int[slots];
    }

    int slots() {
      return hashes.length;
    }

    boolean full() {
      return size * 5 >= hashes.length * 4;
    }

    /** Where {@code hash} was first seen, or 0 when this level does not hold it. */
    int whereOf(long hash) {
      int slot = slot(hash);
      while (wheres[slot] != 0) {
        if (hashes[slot] == hash) {
          return wheres[slot];
        }
        slot = next(slot);
      }
      return 0;
    }

    /** Adds a hash this level does not hold; the level is not full. */
    void add(long hash, int where) {
      int slot = slot(hash);
      while (wheres[slot] != 0) {
        slot = next(slot);
      }
      hashes[slot] = hash;
      wheres[slot] = where;
      size++;
    }

    /** The low 32 bits of the hash scaled to the size, which need not be a power of two. */
    private int slot(long hash) {
      return (int) (((hash & 0xFFFF_FFFFL) * hashes.length) >>> 32);
    }

    private int next(int slot) {
      return slot + 1 == hashes.length ? 0 : slot + 1;
    }
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
      bytes += 12L * level.slots();
    }
    return bytes;
  }
}
