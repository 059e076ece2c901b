package org.cqcheck.input;

/**
 * The proposal ids seen in one run, kept compactly so that a run over millions of proposals stays
 * small: a 64-bit hash of each id and where it was first seen, in two primitive arrays (12 bytes a
 * slot, about 24 to 48 bytes an id). Where an id was seen is the caller's number: a line number
 * for a stream of lines, the proposal's place in the run for files. Two different ids sharing a
 * 64-bit hash would be reported as a repeat; at a million ids the chance is about 3 in 100
 * million. Not thread-safe.
 */
public final class SeenIds {

  private long[] hashes = new long[1 << 12];
  /** Where each hash was first seen; 0 marks an empty slot. */
  private int[] wheres = new int[1 << 12];
  private int size;

  /**
   * Records {@code id} as seen at {@code where} (1 or more); returns where it was first seen, or 0
   * if it was not seen before.
   */
  public int firstSeenAt(String id, int where) {
    if (where <= 0) {
      throw new IllegalArgumentException("where must be 1 or more, not " + where);
    }
    if (size * 2 >= hashes.length) {
      grow();
    }
    long hash = hash(id);
    int slot = slot(hash, hashes.length);
    while (wheres[slot] != 0) {
      if (hashes[slot] == hash) {
        return wheres[slot];
      }
      slot = (slot + 1) & (hashes.length - 1);
    }
    hashes[slot] = hash;
    wheres[slot] = where;
    size++;
    return 0;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldWheres = wheres;
    hashes = new long[oldHashes.length * 2];
    wheres = new int[oldHashes.length * 2];
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldWheres[i] != 0) {
        int slot = slot(oldHashes[i], hashes.length);
        while (wheres[slot] != 0) {
          slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = oldHashes[i];
        wheres[slot] = oldWheres[i];
      }
    }
  }

  private static int slot(long hash, int capacity) {
    return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
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
}
