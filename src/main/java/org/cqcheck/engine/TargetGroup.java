package org.cqcheck.engine;

import java.util.List;
import org.cqcheck.internal.Lazily;
import org.cqcheck.model.IndicatorReport;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Aggregate targets built into one KieBase: the built-in targets of one edition, or all of a rule
 * pack's. A report is run through the groups one of whose targets covers it (the report's region,
 * and its year or span, as the targets' metadata says), as a proposal is through the rules in force
 * on its date; every target of another group does not apply to it, by that same metadata. So a
 * scorecard of 2015 builds the 67 targets of CQ2012, not all 156.
 *
 * @param name what the group is: an edition's code, or "rule pack"
 * @param horizons when and where its targets apply; null to run it for every report (a rule pack's,
 *     whose metadata is read with the pack; or a group one of whose targets states no readable
 *     horizon, which the catalogue then reports as a rule-set error)
 * @param base its KieBase, with a pool of sessions, built when a report first needs it
 */
record TargetGroup(String name, List<Horizon> horizons, Lazily<Base> base) {

  /** A KieBase of aggregate targets with its pool of sessions, reset and reused for each report. */
  record Base(KieBase kieBase, KieSessionsPool pool) {
    static Base of(KieBase kieBase) {
      return new Base(kieBase,
          kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }
  }

  /** A group run for every report. */
  static TargetGroup always(String name, Lazily<Base> base) {
    return new TargetGroup(name, null, base);
  }

  /** Whether one of its targets may apply to {@code report}, by their metadata. */
  boolean mayApplyTo(IndicatorReport report) {
    return horizons == null || horizons.stream().anyMatch(h -> h.exclusionOf(report).isEmpty());
  }
}
