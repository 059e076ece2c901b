package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cqcheck.model.Proposal;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.ConditionalBranch;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * What {@link DroolsInternals} relies on in Drools' internal API, each named: when a Drools
 * upgrade changes one of them, a test here fails saying which, before the findings go wrong
 * somewhere else.
 */
class DroolsInternalsTest {

  private static final RuleBase RULES = RuleBase.loadBuiltIn();

  private static List<Rule> builtInRules() {
    KieBase base = RULES.firstKieBase();
    return base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
  }

  @Test
  void kieBaseBuilderBuildsTheBuiltInRulesAsRuleImplOfOrgDroolsBase() {
    List<Rule> rules = builtInRules();
    assertThat(rules).as("rules built by KiePackagesBuilder and KieBaseBuilder")
        .hasSize(RULES.catalogue().size())
        .allSatisfy(r -> assertThat(r).as(r.getName()).isInstanceOf(RuleImpl.class));
  }

  @Test
  void eachBuiltInRulesFirstConditionIsAPatternOnProposalFromWorkingMemory() {
    for (Rule rule : builtInRules()) {
      GroupElement lhs = ((RuleImpl) rule).getLhs();
      assertThat(lhs.isAnd()).as("RuleImpl.getLhs() of %s is an AND", rule.getName()).isTrue();
      RuleConditionElement first = lhs.getChildren().get(0);
      assertThat(first).as("first child of the LHS of %s", rule.getName())
          .isInstanceOf(Pattern.class);
      Pattern pattern = (Pattern) first;
      assertThat(pattern.getSource()).as("Pattern.getSource() of %s", rule.getName()).isNull();
      assertThat(pattern.getObjectType()).as("Pattern.getObjectType() of %s", rule.getName())
          .isInstanceOf(ClassObjectType.class);
      assertThat(((ClassObjectType) pattern.getObjectType()).getClassType())
          .as("ClassObjectType.getClassType() of %s", rule.getName()).isEqualTo(Proposal.class);
      assertThat(DroolsInternals.proposalPattern(rule)).as("proposalPattern(%s)", rule.getName())
          .isSameAs(pattern);
    }
  }

  @Test
  void patternAddConstraintPutsTheWindowFirstAsAnAlphaConstraintOfTheBuiltNetwork() {
    for (Rule rule : builtInRules()) {
      List<Constraint> constraints = DroolsInternals.proposalPattern(rule).getConstraints();
      assertThat(constraints).as("Pattern.getConstraints() of %s", rule.getName()).isNotEmpty();
      assertThat(constraints.get(0)).as("first constraint of %s", rule.getName())
          .isInstanceOf(DroolsInternals.WindowCondition.class)
          .isInstanceOf(AlphaNodeFieldConstraint.class);
      assertThat(constraints.get(0).getType()).isEqualTo(Constraint.ConstraintType.ALPHA);
    }
    // The window the network tests is the catalogue's, read from the same metadata.
    Rule rd2012 = builtInRules().stream()
        .filter(r -> r.getName().equals("CQ2012-RD-INTENSITY")).findFirst().orElseThrow();
    assertThat(DroolsInternals.windowOf(rd2012))
        .contains(new InForceWindow("CQ2012", List.of("CQ2021")));
  }

  @Test
  void theNetworkAsksTheWindowThroughTheValueResolversGlobal() {
    // AlphaNodeFieldConstraint.isAllowed(handle, ValueResolver) reads the recorder through
    // ValueResolver.getGlobal: with it, a rule not yet in force does not match.
    Proposal any = ExampleProposalsHolder.first();
    assertThat(RULES.matchesOf(any, LocalDate.parse("2007-12-31"))).isEmpty();
    assertThat(RULES.matchesOf(any, LocalDate.parse("2024-01-01"))).isNotEmpty();
  }

  @Test
  void readsOneProposalSeesFromAndConditionalBranchesInTheBuiltInRules() {
    List<Rule> rules = builtInRules();
    assertThat(rules).allSatisfy(r ->
        assertThat(DroolsInternals.readsOneProposal(r)).as("readsOneProposal(%s)", r.getName())
            .isTrue());
    // What the analysis must recognise to say so: a pattern over `from`, and `if ... break[...]`.
    assertThat(rules).anySatisfy(r -> assertThat(elements(r))
        .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Pattern.class,
            p -> assertThat(p.getSource()).isInstanceOf(From.class))));
    assertThat(rules).anySatisfy(r -> assertThat(elements(r))
        .hasAtLeastOneElementOfType(ConditionalBranch.class));
  }

  @Test
  void readsOneProposalRefusesAJoinAndANot(@TempDir Path pack) throws Exception {
    Files.writeString(pack.resolve("editions.yaml"), """
        editions:
          - code: T2020
            title: 测试
            document: t.txt
            inForceFrom: 2020-01-01
            horizon: 2025
            ruleFile: t.drl
        """);
    String meta = "@edition(\"T2020\") @severity(\"ADVISORY\") @supersedes(\"\") @document(\"t.txt\")"
        + " @clause(\"一\") @quote(\"q\") @scope(\"s\") @scopeZh(\"s\")";
    Files.writeString(pack.resolve("t.drl"), """
        package org.cqcheck.pack;
        import org.cqcheck.model.Proposal;
        import org.cqcheck.engine.SiteZones;
        import org.cqcheck.metrics.Metric;
        global org.cqcheck.engine.FindingRecorder findings;
        global org.cqcheck.engine.ZoneTable zoneTable;
        rule "T-FROM" %1$s
        when $p : Proposal() SiteZones( known ) from zoneTable.zonesOf( $p )
        then findings.present(kcontext, Metric.RD_INTENSITY, $p); end
        rule "T-JOIN" %1$s
        when $p : Proposal() SiteZones( known )
        then findings.present(kcontext, Metric.RD_INTENSITY, $p); end
        rule "T-NOT" %1$s
        when $p : Proposal() not Proposal( this != $p )
        then findings.present(kcontext, Metric.RD_INTENSITY, $p); end
        """.formatted(meta));
    RuleBase compiled = RuleBase.compilePack(pack, List.of());
    Map<String, Boolean> reads = new java.util.TreeMap<>();
    compiled.firstKieBase().getKiePackages().forEach(p -> p.getRules()
        .forEach(r -> reads.put(r.getName(), DroolsInternals.readsOneProposal(r))));
    assertThat(reads).isEqualTo(Map.of("T-FROM", true, "T-JOIN", false, "T-NOT", false));
    assertThat(compiled.batchable()).containsExactly(false);
  }

  /** Every condition element of a rule, nested ones too. */
  private static List<RuleConditionElement> elements(Rule rule) {
    List<RuleConditionElement> all = new java.util.ArrayList<>();
    java.util.Deque<RuleConditionElement> open =
        new java.util.ArrayDeque<>(List.of(((RuleImpl) rule).getLhs()));
    while (!open.isEmpty()) {
      RuleConditionElement e = open.pop();
      all.add(e);
      if (e instanceof GroupElement g) {
        g.getChildren().forEach(open::push);
      }
    }
    return all;
  }

  private static final class ExampleProposalsHolder {
    static Proposal first() {
      try {
        return ExampleProposals.all().get(0);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
