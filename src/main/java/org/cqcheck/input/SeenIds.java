package org.cqcheck.input;

/**
 * The proposal ids seen in one run, kept compactly so that a run over millions of proposals stays
 * small: a 64-bit hash of each id and where it was first seen, in one primitive array (16 bytes a
 * slot, about 32 to 64 bytes an id). Where an id was seen is the caller's code: a line number for a
 * stream of lines, a file's place in the run and the proposal's place in the file for files. Two
 * different ids sharing a 64-bit hash would be reported as a repeat; at a million ids the chance is
 * about 3 in 100 million. Not thread-safe.
 */
public final class SeenIds {

  /** Pairs of (hash, where) in open addressing; a where of 0 marks an empty slot. */
  private long[] table = new long[2 << 12];
  private int size;

  /**
   * Records {@code id} as seen at {@code where} (not 0); returns where it was first seen, or 0 if
   * it was not seen before.
   */
  public long firstSeenAt(String id, long where) {
    if (where == 0) {
      throw new IllegalArgumentException("where must not be 0");
    }
    if (size * 2 >= capacity()) {
      grow();
    }
    long hash = hash(id);
    int slot = slot(hash, capacity());
    while (table[2 * slot + 1] != 0) {
      if (table[2 * slot] == hash) {
        return table[2 * slot + 1];
      }
      slot = (slot + 1) & (capacity() - 1);
    }
    table[2 * slot] = hash;
    table[2 * slot + 1] = where;
    size++;
    return 0;
  }

  private int capacity() {
    return table.length / 2;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int slot = slot(old[i], capacity());
        while (table[2 * slot + 1] != 0) {
          slot = (slot + 1) & (capacity() - 1);
        }
        table[2 * slot] = old[i];
        table[2 * slot + 1] = old[i + 1];
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
