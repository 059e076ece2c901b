package org.cqcheck.engine;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.List;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The editions during which a built-in rule can be in force, as the first condition on the
 * proposal a rule reads: from the start of the rule's edition until the start of the edition of a
 * rule that supersedes it. The rule base adds it to every built-in rule when it builds the
 * network, not in DRL, which states the policy; the editions' dates stay in editions.yaml.
 *
 * <p>Why: a batch checks proposals of many dates in one session, and every rule used to match
 * every proposal it scoped, in force or not, and then record nothing; those were 38% of all
 * matches (bench/RESULTS.md). Rules of the same window share this condition's node, so a proposal
 * is tested once a window (a handful), and a rule not in force on its date is never matched.
 *
 * <p>The recorder still decides what is in force (a configuration may disable rules), so this
 * condition only needs never to reject a rule in force: a proposal the recorder does not know
 * passes.
 */
final class InForceWindow implements AlphaNodeFieldConstraint {

  private static final long serialVersionUID = 1L;
  private static final Declaration[] NO_DECLARATIONS = new Declaration[0];

  private final String global;
  private final String from;
  private final List<String> until;

  /**
   * @param global the name of the recorder's global
   * @param from the rule's edition
   * @param until the editions of the rules that supersede it, sorted
   */
  InForceWindow(String global, String from, List<String> until) {
    this.global = global;
    this.from = from;
    this.until = List.copyOf(until);
  }

  @Override
  public boolean isAllowed(FactHandle handle, ValueResolver session) {
    return !(session.getGlobal(global) instanceof FindingRecorder recorder)
        || recorder.mayBeInForce(handle.getObject(), from, until);
  }

  @Override
  public AlphaNodeFieldConstraint cloneIfInUse() {
    return this;
  }

  @Override
  public Declaration[] getRequiredDeclarations() {
    return NO_DECLARATIONS;
  }

  @Override
  public void replaceDeclaration(Declaration oldDecl, Declaration newDecl) {
    // Declares and reads no variable.
  }

  @Override
  public Constraint clone() {
    return this;
  }

  @Override
  public ConstraintType getType() {
    return ConstraintType.ALPHA;
  }

  @Override
  public boolean isTemporal() {
    return false;
  }

  @Override
  public void writeExternal(ObjectOutput out) {
    throw new UnsupportedOperationException("a rule base of cqcheck is not serialized");
  }

  @Override
  public void readExternal(ObjectInput in) {
    throw new UnsupportedOperationException("a rule base of cqcheck is not serialized");
  }

  /** Equal windows share one node of the network. */
  @Override
  public boolean equals(Object other) {
    return other instanceof InForceWindow w && w.global.equals(global) && w.from.equals(from)
        && w.until.equals(until);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(global, from, until);
  }

  @Override
  public String toString() {
    return "in force from " + from + (until.isEmpty() ? "" : " until " + until);
  }
}
