package org.cqcheck.input;

/**
 * The proposal ids seen in one run, kept compactly so that a run over millions of proposals stays
 * small: a 64-bit hash of each id and where it was first seen, in primitive arrays (12 bytes a
 * slot; slots are 64% to 80% full, so 15 to 19 bytes an id, about 16 MiB for a million). Where an id was seen is the caller's number: a line number for a stream of lines, the
 * proposal's place in the run for files. Two different ids sharing a 64-bit hash would be reported
 * as a repeat; at a million ids the chance is about 3 in 100 million. Not thread-safe.
 *
 * <p>The table is split by hash into 64 segments that grow one at a time, by a quarter: a single
 * table doubling at half a million ids held the old and the new arrays at once (36 MiB), the
 * largest part of a million-line run's growth in memory. Linear probing at 80% full costs a few
 * more probes per id, nothing beside reading a proposal.
 */
public final class SeenIds {

  private static final int SEGMENT_BITS = 6;
  private final Segment[] segments = new Segment[1 << SEGMENT_BITS];
  private int size;

  public SeenIds() {
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new Segment();
    }
  }

  /**
   * Records {@code id} as seen at {@code where} (1 or more); returns where it was first seen, or 0
   * if it was not seen before.
   */
  public int firstSeenAt(String id, int where) {
    if (where <= 0) {
      throw new IllegalArgumentException("where must be 1 or more, not " + where);
    }
    long hash = hash(id);
    // The top bits choose the segment; the low 32 choose the slot in it.
    int first = segments[(int) (hash >>> (64 - SEGMENT_BITS))].firstSeenAt(hash, where);
    if (first == 0) {
      size++;
    }
    return first;
  }

  /** One open-addressing table (linear probing) of hashes and where each was first seen. */
  private static final class Segment {
    private long[] hashes = new long[64];
    /** Where each hash was first seen; 0 marks an empty slot. */
    private int[] wheres = new int[64];
    private int size;

    int firstSeenAt(long hash, int where) {
      if (size * 5 >= hashes.length * 4) {
        grow();
      }
      int capacity = hashes.length;
      int slot = slot(hash, capacity);
      while (wheres[slot] != 0) {
        if (hashes[slot] == hash) {
          return wheres[slot];
        }
        if (++slot == capacity) {
          slot = 0;
        }
      }
      hashes[slot] = hash;
      wheres[slot] = where;
      size++;
      return 0;
    }

    private void grow() {
      long[] oldHashes = hashes;
      int[] oldWheres = wheres;
      int capacity = oldHashes.length + oldHashes.length / 4;
      hashes = new long[capacity];
      wheres = new int[capacity];
      for (int i = 0; i < oldHashes.length; i++) {
        if (oldWheres[i] != 0) {
          int slot = slot(oldHashes[i], capacity);
          while (wheres[slot] != 0) {
            if (++slot == capacity) {
              slot = 0;
            }
          }
          hashes[slot] = oldHashes[i];
          wheres[slot] = oldWheres[i];
        }
      }
    }

    /** The low 32 bits of the hash scaled to the capacity, which need not be a power of two. */
    private static int slot(long hash, int capacity) {
      return (int) (((hash & 0xFFFF_FFFFL) * capacity) >>> 32);
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
    for (Segment s : segments) {
      bytes += 12L * s.hashes.length;
    }
    return bytes;
  }
}
