package org.cqcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.internal.report.Messages;

/**
 * How reports for people lay out the scorecard of an indicator report: the counts of its targets
 * by status, and its targets grouped by the first segment of their indicator key (industry,
 * investment, sector, clusters, parks...), the groups in the catalogue's order of topics, the
 * targets of a group in reading order (misses first). NOT_APPLICABLE targets are counted, and
 * listed only when asked for.
 *
 * @param result the scorecard
 * @param groups the groups that hold a target shown, in order
 * @param counts the targets by status
 */
record Scorecard(CheckResult result, List<Group> groups, Counts counts) {

  /**
   * The order of the topics, as docs/AGGREGATE-TARGETS.md's vocabulary lists them; a key whose
   * first segment is none of these (a rule pack's) comes after them, in alphabetical order.
   */
  static final List<String> TOPICS = List.of("industry", "investment", "sector", "clusters",
      "parks", "enterprises", "energy", "employment", "quality", "bases", "capacityPhaseOut",
      "oneHourCircle", "trademarks", "brands");

  /**
   * The targets of one topic.
   *
   * @param topic the first segment of their indicator keys
   * @param findings in reading order
   */
  record Group(String topic, List<Finding> findings) {}

  /** The targets of a scorecard by status. */
  record Counts(int met, int missed, int inconclusive, int noData, int notApplicable) {}

  /** The scorecard of {@code result}; with {@code verbose}, the targets that do not apply too. */
  static Scorecard of(CheckResult result, boolean verbose) {
    Map<String, List<Finding>> byTopic = new LinkedHashMap<>();
    for (String topic : TOPICS) {
      byTopic.put(topic, new ArrayList<>());
    }
    int[] counts = new int[5];
    for (Finding f : ReadingOrder.of(result.findings())) {
      switch (f.status()) {
        case PASS -> counts[0]++;
        case FAIL -> counts[1]++;
        case INCONCLUSIVE -> counts[2]++;
        case MISSING_DATA -> counts[3]++;
        case NOT_APPLICABLE -> counts[4]++;
        default -> { }
      }
      if (f.status() == Status.NOT_APPLICABLE && !verbose) {
        continue;
      }
      byTopic.computeIfAbsent(topic(f), t -> new ArrayList<>()).add(f);
    }
    List<String> others = byTopic.keySet().stream().filter(t -> !TOPICS.contains(t)).sorted()
        .toList();
    List<Group> groups = new ArrayList<>();
    for (String topic : TOPICS) {
      if (!byTopic.get(topic).isEmpty()) {
        groups.add(new Group(topic, List.copyOf(byTopic.get(topic))));
      }
    }
    for (String topic : others) {
      groups.add(new Group(topic, List.copyOf(byTopic.get(topic))));
    }
    return new Scorecard(result, List.copyOf(groups),
        new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]));
  }

  /** The first segment of a target's indicator key; the rule id for a project rule's finding. */
  static String topic(Finding f) {
    String key = f.rule().target().map(t -> t.indicator()).orElse(f.ruleId());
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** The name of a topic in the reader's language; a topic it has no name for, as it is. */
  static String topicName(String topic, Messages messages) {
    return messages.has("scorecard.topic." + topic)
        ? messages.get("scorecard.topic." + topic) : topic;
  }

  /** The targets shown: those of every group. */
  int shown() {
    return groups.stream().mapToInt(g -> g.findings().size()).sum();
  }

  /** The targets that do not apply and are not shown. */
  int hidden() {
    return result.findings().size() - shown();
  }

  /**
   * The counts in one line: "met 3 · missed 6 · inconclusive 5 · no data 53 · not applicable
   * 89".
   */
  String countsLine(Messages messages) {
    return messages.get("scorecard.counts", counts.met(), counts.missed(), counts.inconclusive(),
        counts.noData(), counts.notApplicable());
  }

  /**
   * What decides the verdict, in one line: the targets missed of a FAIL; the targets left
   * undecided of an INCONCLUSIVE, or that none could be decided; nothing for a PASS.
   */
  static String decidedBy(CheckResult r, org.cqcheck.internal.report.FindingText text,
      Messages messages) {
    List<Finding> ordered = ReadingOrder.of(r.findings());
    return switch (r.verdict()) {
      case FAIL -> text.failsOn(ReadingOrder.failing(r.findings()));
      case INCONCLUSIVE -> {
        List<Finding> undecided = ordered.stream()
            .filter(f -> f.status() == Status.INCONCLUSIVE).toList();
        yield undecided.isEmpty() ? messages.get("scorecard.noneDecided")
            : messages.get("scorecard.undecidedOn", undecided.stream()
                .map(f -> messages.get("text.failsOnItem", f.ruleId(), text.actual(f),
                    text.required(f)))
                .collect(java.util.stream.Collectors.joining(
                    messages.get("text.listSeparator"))));
      }
      default -> "";
    };
  }
}
