package org.cqcheck.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cqcheck.Checker;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.model.Proposal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm evaluation of generated proposals (already read: the in-memory records) by cqcheck's Drools
 * rules and by its two peers, in one run. Throughput, proposals per second; run with {@code -t 1}
 * and {@code -t 2} for one and two threads (see bench/README.md).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CheckBenchmark {

  @State(Scope.Benchmark)
  public static class Engines {
    @Param({"drools", "plain", "easyrules", "plain-statuses"})
    public String engine;

    /** Proposal, date → the findings (or, for plain-statuses, the statuses) of the rules in force. */
    java.util.function.BiFunction<Proposal, java.time.LocalDate, Object> evaluator;
    /**
     * A batch of proposals, each on its own date → their findings: cqcheck's {@code checkAll},
     * which shares rule sessions; for the peers, each proposal in turn (they have no session).
     */
    java.util.function.Function<List<Proposal>, Object> batch;
    List<Proposal> proposals;

    @Setup(Level.Trial)
    public void setUp() {
      Checker checker = Checker.withDefaultRules();
      evaluator = switch (engine) {
        case "drools" -> new DroolsEvaluator(checker)::evaluate;
        case "plain" -> new PlainJavaEvaluator(RuleBase.loadBuiltIn())::evaluate;
        case "easyrules" -> new EasyRulesEvaluator(RuleBase.loadBuiltIn())::evaluate;
        case "plain-statuses" -> new PlainStatusEvaluator(RuleBase.loadBuiltIn().zones())::evaluate;
        default -> throw new IllegalArgumentException(engine);
      };
      proposals = new ProposalGenerator(7).generate(10_000);
      batch = engine.equals("drools")
          ? list -> checker.checkAll(list)
          : list -> {
            List<Object> results = new java.util.ArrayList<>(list.size());
            list.forEach(p -> results.add(evaluator.apply(p, p.submittedOn())));
            return results;
          };
    }
  }

  /** Each thread walks the proposals from its own position. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Proposals handed over in batches of this many, as a re-check of a whole library can. */
  static final int BATCH = 16;

  /** Per proposal, in batches of {@link #BATCH}. */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(BATCH)
  public Object checkBatch(Engines engines, Cursor cursor) {
    int from = cursor.next;
    cursor.next = (from + BATCH) % (engines.proposals.size() - engines.proposals.size() % BATCH);
    return engines.batch.apply(engines.proposals.subList(from, from + BATCH));
  }

  @Benchmark
  public Object check(Engines engines, Cursor cursor) {
    Proposal p = engines.proposals.get(cursor.next++ % engines.proposals.size());
    return engines.evaluator.apply(p, p.submittedOn());
  }
}
