package org.cqcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Status;
import org.cqcheck.model.Field;

/**
 * One item an applicant must supply before an INCOMPLETE proposal can be decided (补正): a field
 * that is absent, or is 0 where the metric divides by it, with the mandatory rules that need it.
 * Chinese administrative practice asks that one notice list every such item at once
 * (一次告知需要补正的全部内容), so they are gathered over all of a proposal's findings.
 *
 * @param field the field, as a dotted path of the proposal format
 * @param zero whether the field is given but 0 (a divisor), rather than absent
 * @param ruleIds the mandatory rules that need it, in id order
 */
public record MissingItem(String field, boolean zero, List<String> ruleIds) {

  public MissingItem {
    ruleIds = List.copyOf(ruleIds);
  }

  /**
   * The base unit the field is stated in ("yuan", "m³", "%", "capacity.unit" for a capacity in the
   * proposal's own unit); empty for a flag, a code or text.
   */
  public Optional<String> unit() {
    return Field.byPath(field).flatMap(f -> f.kind().unit(false));
  }

  /**
   * The items the mandatory rules among {@code findings} lack, each field once, in the order of
   * the findings (rule id) and then of each finding's fields.
   */
  public static List<MissingItem> of(List<Finding> findings) {
    Map<String, List<String>> rulesByField = new LinkedHashMap<>();
    Map<String, Boolean> zeroByField = new LinkedHashMap<>();
    for (Finding f : findings) {
      boolean unreported = f.rule().isTarget() && f.status() == Status.MISSING_DATA;
      if (Consequence.of(f) != Consequence.INCOMPLETE && !unreported) {
        continue;
      }
      List<String> fields = f.zeroDivisor() != null ? List.of(f.zeroDivisor()) : f.missingFields();
      for (String field : fields) {
        rulesByField.computeIfAbsent(field, k -> new ArrayList<>()).add(f.ruleId());
        zeroByField.put(field, f.zeroDivisor() != null);
      }
    }
    List<MissingItem> items = new ArrayList<>(rulesByField.size());
    rulesByField.forEach((field, rules) ->
        items.add(new MissingItem(field, zeroByField.get(field), rules)));
    return items;
  }
}
