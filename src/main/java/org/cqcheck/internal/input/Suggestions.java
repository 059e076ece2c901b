package org.cqcheck.internal.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest known name to a misspelt one, if it is close enough to be meant. */
public final class Suggestions {

  private Suggestions() {}

  public static Optional<String> closest(String given, Collection<String> known) {
    // One edit in four characters, at most three: "cemnet" → "cement", "naturalGasM³" → "naturalGasM3".
    int allowed = Math.min(3, Math.max(1, given.length() / 4));
    String lower = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      // Only the distance up to the allowed is computed: a file may name thousands of unknown
      // fields or indicator keys, each up to 64 KiB long (hostile input), and the full distance
      // of each to every known name took minutes.
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), allowed);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /**
   * The rule id meant by a misspelt one: the closest by {@link #closest}, or else the one id whose
   * parts the given parts match in order, each within a typo, with at most one part left out
   * ("cq2012-gas-yeild" → CQ2012-CHEM-GAS-YIELD, whose CHEM was left out).
   */
  public static Optional<String> closestId(String given, Collection<String> ids) {
    Optional<String> near = closest(given, ids);
    if (near.isPresent()) {
      return near;
    }
    String[] parts = given.strip().toLowerCase(Locale.ROOT).split("-");
    List<String> matches = new ArrayList<>();
    for (String id : ids) {
      String[] idParts = id.toLowerCase(Locale.ROOT).split("-");
      if (idParts.length - parts.length <= 1 && idParts.length >= parts.length
          && inOrder(parts, idParts)) {
        matches.add(id);
      }
    }
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** Whether each of {@code parts} is, in order, within a typo of a part of {@code idParts}. */
  private static boolean inOrder(String[] parts, String[] idParts) {
    int j = 0;
    for (String part : parts) {
      int allowed = Math.min(2, Math.max(1, part.length() / 4));
      while (j < idParts.length && distance(part, idParts[j]) > allowed) {
        j++;
      }
      if (j == idParts.length) {
        return false;
      }
      j++;
    }
    return true;
  }

  /**
   * The optimal string alignment distance of {@code a} and {@code b} when it is at most {@code
   * limit}; otherwise some number above {@code limit}. Only the band of the table within {@code
   * limit} of its diagonal is computed, and only as long as a row holds a distance within it: a
   * cell off the band is further than the limit, and distances along a path never decrease.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int far = limit + 1;
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j <= limit ? j : far;
    }
    int previousMinimum = 0;
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      java.util.Arrays.fill(current, far);
      current[0] = i <= limit ? i : far;
      int rowMinimum = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = Math.min(d, far);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit && previousMinimum > limit) {
        // Every later row is at least the smaller of these two rows' minimums (+1 for the older).
        return far;
      }
      previousMinimum = rowMinimum;
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length()];
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
