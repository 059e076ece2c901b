package org.cqcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cqcheck.Checker;
import org.cqcheck.engine.RuleBase;
import org.cqcheck.model.Proposal;

/**
 * Drools against the hand-written floor, taken in turns within one JVM: each round checks the
 * 10,000 generated proposals with cqcheck ({@code Checker.checkAll}, batches of 16, as
 * {@code CheckBenchmark.checkBatch}), then evaluates them with the floor, on every thread at once.
 * On a machine whose speed changes from minute to minute (this one: the same JMH run differs by
 * half from one run to the next), a ratio taken round by round, both sides measured seconds
 * apart, holds where two JMH runs minutes apart do not. Each side is timed by the thread's CPU
 * time (what the work costs, whatever else the machine runs) and by the wall clock.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.cqcheck.bench.InterleavedRatio [rounds] [threads]
 * </pre>
 */
public final class InterleavedRatio {

  private static final int BATCH = 16;
  private static final long WARM_UP_NANOS = 15_000_000_000L;

  private InterleavedRatio() {}

  /** One round of one thread: nanoseconds a proposal, CPU and wall, for each side. */
  private record Round(double droolsCpu, double floorCpu, double droolsWall, double floorWall) {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Checker checker = Checker.withDefaultRules();
    PlainJavaEvaluator floor = new PlainJavaEvaluator(RuleBase.loadBuiltIn());
    List<Proposal> proposals = new ProposalGenerator(7).generate(10_000);
    int checked = proposals.size() - proposals.size() % BATCH;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Round>>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUntil) {
          drools(checker, proposals, checked);
          floor(floor, proposals, checked);
        }
        List<Round> measured = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          long cpu0 = cpu.getCurrentThreadCpuTime();
          long wall0 = System.nanoTime();
          drools(checker, proposals, checked);
          long cpu1 = cpu.getCurrentThreadCpuTime();
          long wall1 = System.nanoTime();
          floor(floor, proposals, checked);
          long cpu2 = cpu.getCurrentThreadCpuTime();
          long wall2 = System.nanoTime();
          measured.add(new Round((cpu1 - cpu0) / (double) checked, (cpu2 - cpu1) / (double) checked,
              (wall1 - wall0) / (double) checked, (wall2 - wall1) / (double) checked));
        }
        return measured;
      }));
    }
    List<Round> all = new ArrayList<>();
    for (Future<List<Round>> thread : running) {
      all.addAll(thread.get());
    }
    pool.shutdown();
    double[] cpuRatio = all.stream().mapToDouble(r -> r.droolsCpu() / r.floorCpu()).toArray();
    double[] wallRatio = all.stream().mapToDouble(r -> r.droolsWall() / r.floorWall()).toArray();
    System.out.printf("%d threads, %d rounds each, %d proposals a round (batches of %d)%n",
        threads, rounds, checked, BATCH);
    System.out.printf(
        "ns a proposal, medians: Drools CPU %.0f, wall %.0f; floor CPU %.0f, wall %.0f%n",
        median(all.stream().mapToDouble(Round::droolsCpu).toArray()),
        median(all.stream().mapToDouble(Round::droolsWall).toArray()),
        median(all.stream().mapToDouble(Round::floorCpu).toArray()),
        median(all.stream().mapToDouble(Round::floorWall).toArray()));
    System.out.printf("Drools / floor, round by round: CPU median %.2f (quartiles %.2f-%.2f),"
        + " wall median %.2f (quartiles %.2f-%.2f)%n",
        median(cpuRatio), quantile(cpuRatio, 0.25), quantile(cpuRatio, 0.75),
        median(wallRatio), quantile(wallRatio, 0.25), quantile(wallRatio, 0.75));
  }

  private static Object drools(Checker checker, List<Proposal> proposals, int checked) {
    Object last = null;
    for (int i = 0; i < checked; i += BATCH) {
      last = checker.checkAll(proposals.subList(i, i + BATCH));
    }
    return last;
  }

  private static Object floor(PlainJavaEvaluator floor, List<Proposal> proposals, int checked) {
    Object last = null;
    for (int i = 0; i < checked; i++) {
      Proposal p = proposals.get(i);
      last = floor.evaluate(p, p.submittedOn());
    }
    return last;
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
