package org.cqcheck.engine;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cqcheck.model.Proposal;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.ConditionalBranch;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.NamedConsequence;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.modelcompiler.CanonicalKiePackages;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Every use cqcheck makes of Drools' internal API ({@code org.drools.base}, {@code
 * org.drools.modelcompiler}), which carries no promise of compatibility between versions: a Drools
 * upgrade touches this file, and {@code DroolsInternalsTest} names each thing relied on. Three:
 *
 * <ul>
 *   <li>building a KieBase directly from the executable model's classes ({@link
 *       KiePackagesBuilder}, {@link KieBaseBuilder}), not through a classpath KieContainer (see
 *       {@link RuleLoader});
 *   <li>putting each built-in rule's {@link InForceWindow} before the conditions of the proposal
 *       it reads, as an alpha constraint added to the compiled rule's {@link Proposal} pattern
 *       ({@link Pattern#addConstraint(int, Constraint)}) before the network is built;
 *   <li>reading a compiled rule's conditions ({@link RuleImpl#getLhs()}) to tell whether it reads
 *       one proposal and nothing else from working memory ({@link #readsOneProposal}).
 * </ul>
 *
 * <p>Why the window is not written with Drools' public means (bench/RESULTS.md, 2026-12-02): a
 * batch checks proposals of many dates in one session, so rule attributes ({@code
 * date-effective}, {@code enabled}), which hold for a whole session or are decided as a match
 * fires, and an agenda filter, which also acts when a match fires, leave the rules not in force
 * to be matched (38% of all matches before the window; without it a batch costs about a fifth
 * more); an as-of fact joined in each rule would be a join per rule in place of a shared alpha
 * test, and would write in each rule's DRL what its metadata already says.
 */
final class DroolsInternals {

  private DroolsInternals() {}

  /**
   * The KieBase of {@code models}, each built-in rule's proposal pattern opened by its window in
   * force, which reads the recorder bound to the global {@code recorderGlobal}.
   */
  static KieBase kieBaseOf(List<org.drools.model.Model> models, KieBaseConfiguration conf,
      String recorderGlobal) {
    try {
      KiePackagesBuilder packages = new KiePackagesBuilder(conf);
      models.forEach(packages::addModel);
      CanonicalKiePackages built = packages.build();
      addInForceWindows(built.getKiePackages(), recorderGlobal);
      return new KieBaseBuilder(conf).createKieBase(built);
    } catch (RuntimeException e) {
      throw new RuleSetException("cannot build the rule base from its model: " + e.getMessage(), e);
    }
  }

  /**
   * Puts the window in force of each rule ({@link InForceWindow}, from the rules' metadata: its
   * edition, and the editions of the rules that supersede it) before the conditions of the
   * proposal it reads.
   */
  private static void addInForceWindows(Iterable<InternalKnowledgePackage> packages,
      String recorderGlobal) {
    List<RuleImpl> all = new java.util.ArrayList<>();
    packages.forEach(p -> p.getRules().forEach(r -> all.add((RuleImpl) r)));
    Map<String, InForceWindow> windows = RuleCatalogue.windowsOf(all);
    for (RuleImpl rule : all) {
      Pattern proposal = proposalPattern(rule);
      if (proposal != null) {
        proposal.addConstraint(0, new WindowCondition(recorderGlobal, windows.get(rule.getName())));
      }
    }
  }

  /** The pattern on {@link Proposal} read from working memory, at the top of a rule; or null. */
  static Pattern proposalPattern(Rule rule) {
    if (!(rule instanceof RuleImpl impl)) {
      return null;
    }
    for (RuleConditionElement element : impl.getLhs().getChildren()) {
      if (element instanceof Pattern pattern && pattern.getSource() == null
          && pattern.getObjectType() instanceof ClassObjectType type
          && type.getClassType() == Proposal.class) {
        return pattern;
      }
    }
    return null;
  }

  /** The window the network tests before {@code rule} reads a proposal; empty when none. */
  static Optional<InForceWindow> windowOf(Rule rule) {
    Pattern proposal = proposalPattern(rule);
    return proposal == null || proposal.getConstraints().isEmpty()
        || !(proposal.getConstraints().get(0) instanceof WindowCondition window)
        ? Optional.empty() : Optional.of(window.window);
  }

  /**
   * Whether a rule's conditions are one pattern on {@link Proposal} read from working memory,
   * and otherwise only patterns over what {@code from} computes and conditional named
   * consequences (no not, exists, or, accumulate or collect, which would see the other
   * proposals of a batch).
   */
  static boolean readsOneProposal(Rule rule) {
    if (!(rule instanceof RuleImpl impl)) {
      return false;
    }
    int fromWorkingMemory = 0;
    Deque<RuleConditionElement> open = new ArrayDeque<>(List.of(impl.getLhs()));
    while (!open.isEmpty()) {
      RuleConditionElement element = open.pop();
      if (element instanceof GroupElement group) {
        if (!group.isAnd()) {
          return false;
        }
        group.getChildren().forEach(open::push);
      } else if (element instanceof Pattern pattern) {
        if (pattern.getSource() == null) {
          fromWorkingMemory++;
          if (!(pattern.getObjectType() instanceof ClassObjectType type)
              || type.getClassType() != Proposal.class) {
            return false;
          }
        } else if (!(pattern.getSource() instanceof From)) {
          return false;
        }
      } else if (!(element instanceof EvalCondition
          // `if (...) break[name]`: a test of the facts already matched, and the consequence
          // it names; neither reads another fact.
          || element instanceof ConditionalBranch
          || element instanceof NamedConsequence)) {
        return false;
      }
    }
    return fromWorkingMemory == 1;
  }

  /**
   * A rule's window in force as a condition of the network. The recorder still decides what is in
   * force (a configuration may disable rules), so this condition only needs never to reject a rule
   * in force: a proposal the recorder does not know passes. Rules of the same window share its
   * node, so a proposal is tested once a window (a handful), and a rule not in force on its date is
   * never matched.
   */
  static final class WindowCondition implements AlphaNodeFieldConstraint {

    private static final long serialVersionUID = 1L;
    private static final Declaration[] NO_DECLARATIONS = new Declaration[0];

    private final String global;
    private final InForceWindow window;

    WindowCondition(String global, InForceWindow window) {
      this.global = global;
      this.window = window;
    }

    @Override
    public boolean isAllowed(FactHandle handle, ValueResolver session) {
      return !(session.getGlobal(global) instanceof FindingRecorder recorder)
          || recorder.mayBeInForce(handle.getObject(), window);
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
      return other instanceof WindowCondition w && w.global.equals(global)
          && w.window.equals(window);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(global, window);
    }

    @Override
    public String toString() {
      return window.toString();
    }
  }
}
