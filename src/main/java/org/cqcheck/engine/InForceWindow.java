package org.cqcheck.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a rule can be in force, as the editions that bound it: from the start of the rule's own
 * edition until the start of the edition of any rule that supersedes it. The one statement of what
 * puts a rule in force: the catalogue's rules in force on a date ({@link RuleCatalogue#inForceOn})
 * and the condition the network tests before a built-in rule reads a proposal ({@link
 * DroolsInternals}) both ask {@link #openOn}. A configuration may disable a rule besides; only
 * the catalogue knows that.
 *
 * @param from the rule's edition
 * @param until the editions of the rules that supersede it, sorted
 */
record InForceWindow(String from, List<String> until) {

  InForceWindow {
    until = List.copyOf(until);
  }

  /**
   * Each rule's window, by id.
   *
   * @param editionOf each rule's edition, by id
   * @param supersedesOf the rule each rule supersedes, by id; blank or absent when none
   */
  static Map<String, InForceWindow> of(Map<String, String> editionOf,
      Map<String, String> supersedesOf) {
    Map<String, List<String>> supersededBy = new HashMap<>();
    supersedesOf.forEach((id, old) -> {
      if (old != null && !old.isBlank()) {
        supersededBy.computeIfAbsent(old, k -> new ArrayList<>()).add(editionOf.get(id));
      }
    });
    Map<String, InForceWindow> windows = new HashMap<>();
    editionOf.forEach((id, edition) -> {
      List<String> until = new ArrayList<>(supersededBy.getOrDefault(id, List.of()));
      Collections.sort(until);
      windows.put(id, new InForceWindow(edition, until));
    });
    return windows;
  }

  /**
   * Whether the window is open once {@code editionsStarted} have started: the rule's edition has,
   * and the edition of no rule superseding it has.
   */
  boolean openOn(Set<String> editionsStarted) {
    if (!editionsStarted.contains(from)) {
      return false;
    }
    for (int i = 0; i < until.size(); i++) {
      if (editionsStarted.contains(until.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "in force from " + from + (until.isEmpty() ? "" : " until " + until);
  }
}
