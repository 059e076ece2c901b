package org.cqcheck.input;

/**
 * The proposal ids seen in a stream of lines, kept compactly so that a run over millions of lines
 * stays small: a 64-bit hash of each id and the line it was first seen on, in primitive arrays
 * (about 24 bytes an id). Two different ids sharing a 64-bit hash would be reported as a repeat; at
 * a million ids the chance is about 3 in 100 million. Not thread-safe.
 */
public final class SeenIds {

  private long[] hashes = new long[1 << 12];
  private int[] lines = new int[1 << 12];
  private boolean[] used = new boolean[1 << 12];
  private int size;

  /** Records {@code id} as seen on {@code line}; returns the line it was first seen on, or 0. */
  public int firstLineOf(String id, int line) {
    if (size * 2 >= hashes.length) {
      grow();
    }
    long hash = hash(id);
    int slot = slot(hash, hashes.length);
    while (used[slot]) {
      if (hashes[slot] == hash) {
        return lines[slot];
      }
      slot = (slot + 1) & (hashes.length - 1);
    }
    used[slot] = true;
    hashes[slot] = hash;
    lines[slot] = line;
    size++;
    return 0;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldLines = lines;
    boolean[] oldUsed = used;
    hashes = new long[oldHashes.length * 2];
    lines = new int[oldHashes.length * 2];
    used = new boolean[oldHashes.length * 2];
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldUsed[i]) {
        int slot = slot(oldHashes[i], hashes.length);
        while (used[slot]) {
          slot = (slot + 1) & (hashes.length - 1);
        }
        used[slot] = true;
        hashes[slot] = oldHashes[i];
        lines[slot] = oldLines[i];
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
