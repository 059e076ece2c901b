package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.cqcheck.input.InputError;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and lines are read and checked on several threads; what comes out must not depend on it:
 * the same results in the same order, repeated ids refused at the same place, failures passed on.
 */
class ParallelRunTest {

  private static final String PROPOSAL = "{\"schemaVersion\":1,\"id\":\"%s\",\"submittedOn\":"
      + "\"%s\",\"sector\":\"energy\",\"projectType\":\"new\","
      + "\"annual\":{\"valueAddedYuan\":%d,\"employees\":%d}}";

  private static String proposal(String id, int i) {
    return PROPOSAL.formatted(id, i % 2 == 0 ? "2013-03-15" : "2022-05-01", 100_000_000 + i * 7919,
        50 + i % 300);
  }

  /** 300 inputs: good files, arrays, bad files, and ids repeated within and across files. */
  private static Path batch(Path dir) throws IOException {
    for (int i = 0; i < 300; i++) {
      String name = "p%03d".formatted(i);
      String content = switch (i % 10) {
        case 3 -> "{\"schemaVersion\":1,";
        case 5 -> "[" + proposal("A" + i, i) + "," + proposal("A" + (i - 5), i) + ","
            + proposal("A" + i, i) + "]";
        case 7 -> proposal("A" + (i - 7), i);
        default -> proposal("A" + i, i);
      };
      Files.writeString(dir.resolve(name + ".json"), content, StandardCharsets.UTF_8);
    }
    return dir;
  }

  @Test
  void manyThreadsGiveTheResultsOfOneInTheSameOrder(@TempDir Path dir) throws IOException {
    batch(dir);
    Report alone = TestCheckers.shared().withThreads(1).check(List.of(dir));
    Report together = TestCheckers.shared().withThreads(4).check(List.of(dir));

    assertThat(together.results()).isEqualTo(alone.results());
    assertThat(alone.results()).hasSize(30 * 9 + 30 * 3);
    assertThat(alone.summary().error()).isEqualTo(30 + 30 + 30 * 2);
  }

  /**
   * Workers take several files at a time and check their proposals together: each file must get
   * what it gets when checked alone, but for the ids the run refuses as repeats.
   */
  @Test
  void filesCheckedTogetherGetWhatEachGetsAlone(@TempDir Path dir) throws IOException {
    batch(dir);
    Checker checker = TestCheckers.shared();
    List<CheckResult> run = checker.withThreads(2).check(List.of(dir)).results();
    List<CheckResult> alone = new java.util.ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        alone.addAll(checker.check(List.of(file)).results());
      }
    }
    assertThat(run).hasSameSizeAs(alone);
    int compared = 0;
    for (int i = 0; i < run.size(); i++) {
      boolean refusedAsRepeat = run.get(i).errors().stream()
          .anyMatch(e -> e.kind() == InputError.Kind.DUPLICATE_ID);
      if (!refusedAsRepeat) {
        assertThat(run.get(i)).isEqualTo(alone.get(i));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(200);
  }

  /** Memory stays bounded: only a window of files is read and prepared ahead of delivery. */
  @Test
  void onlyAWindowOfFilesIsInFlight(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 400; i++) {
      Files.writeString(dir.resolve("p%03d.json".formatted(i)), proposal("W" + i, i),
          StandardCharsets.UTF_8);
    }
    java.util.concurrent.atomic.AtomicInteger inFlight =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    int threads = 2;
    TestCheckers.shared().withThreads(threads).checkEach(List.of(dir), r -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      return r;
    }, r -> {
      // A slow writer, so that the workers run ahead to the edge of the window.
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
    });
    // The window of a worker, and the task being delivered.
    assertThat(most.get()).isPositive()
        .isLessThanOrEqualTo(threads * OrderedPipeline.WINDOW_PER_THREAD
            + BatchRun.MOST_FILES_A_TASK);
  }

  @Test
  void aRepeatedIdNamesTheFileAndPlaceItWasFirstSeen(@TempDir Path dir) throws IOException {
    batch(dir);
    List<CheckResult> results = TestCheckers.shared().withThreads(3).check(List.of(dir))
        .results();

    // p005.json: [A5, A0, A5]: A0 was first in p000.json, A5 at /0 of this file.
    List<CheckResult> array = results.stream().filter(r -> r.file().endsWith("p005.json")).toList();
    assertThat(array).extracting(CheckResult::verdict)
        .containsExactly(alone(dir, "p005.json"), Verdict.ERROR, Verdict.ERROR);
    assertThat(array.get(0).verdict()).isNotEqualTo(Verdict.ERROR);
    assertThat(array.get(1).errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(InputError.Kind.DUPLICATE_ID);
      assertThat(e.location()).isEqualTo("/1/id");
      assertThat(e.args()).containsExactly("A0", dir.resolve("p000.json").toString());
    });
    assertThat(array.get(2).errors()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly("A5",
            dir.resolve("p005.json") + "/0"));
    // p017.json holds A10, first seen in p010.json.
    CheckResult repeat = results.stream().filter(r -> r.file().endsWith("p017.json")).findFirst()
        .orElseThrow();
    assertThat(repeat.errors()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly("A10",
            dir.resolve("p010.json").toString()));
  }

  /** The verdict of the first proposal of {@code file} when it is checked on its own. */
  private static Verdict alone(Path dir, String file) {
    return TestCheckers.shared().check(dir.resolve(file)).results().get(0).verdict();
  }

  @Test
  void checkEachKeepsCountsAndPreparesOnWorkerThreads(@TempDir Path dir) throws IOException {
    batch(dir);
    Report whole = TestCheckers.shared().withThreads(1).check(List.of(dir));
    List<String> delivered = new ArrayList<>();
    var preparers = ConcurrentHashMap.<String>newKeySet();
    Report.Summary summary = TestCheckers.shared().withThreads(2).checkEach(List.of(dir),
        r -> {
          preparers.add(Thread.currentThread().getName());
          return r.file() + r.location() + " " + r.verdict();
        }, delivered::add).summary();

    assertThat(summary).isEqualTo(whole.summary());
    assertThat(delivered).containsExactlyElementsOf(whole.results().stream()
        .map(r -> r.file() + r.location() + " " + r.verdict()).toList());
    // Workers prepare; the calling thread prepares again only the results refused as repeats.
    assertThat(preparers).anyMatch(name -> name.startsWith("cqcheck-worker-"));
  }

  @Test
  void linesOnManyThreadsGiveTheResultsOfOne() throws IOException {
    String lines = String.join("\n", IntStream.range(0, 500)
        .mapToObj(i -> i % 50 == 7 ? "" : i % 50 == 9 ? "{not json" : proposal("L" + (i % 400), i))
        .toList());
    List<CheckResult> alone = new ArrayList<>();
    List<CheckResult> together = new ArrayList<>();
    Report.Summary one = TestCheckers.shared().withThreads(1)
        .checkLines(new BufferedReader(new StringReader(lines)), "in.jsonl", alone::add)
        .summary();
    Report.Summary four = TestCheckers.shared().withThreads(4)
        .checkLines(new BufferedReader(new StringReader(lines)), "in.jsonl", together::add)
        .summary();

    assertThat(together).isEqualTo(alone);
    assertThat(four).isEqualTo(one);
    assertThat(one.proposals()).isEqualTo(490);
    // Line 402 holds L1 again (i = 401), first on line 2; line 10 (i = 9) is not JSON.
    CheckResult repeat = together.stream().filter(r -> r.file().equals("in.jsonl:402"))
        .findFirst().orElseThrow();
    assertThat(repeat.errors()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly("L1", "in.jsonl:2"));
    assertThat(together.stream().filter(r -> r.file().equals("in.jsonl:10")).findFirst()
        .orElseThrow().verdict()).isEqualTo(Verdict.ERROR);
  }

  @Test
  void aFailureToReadTheLinesIsAnIoExceptionNotAResult() {
    Reader failing = new Reader() {
      private int calls;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        if (calls++ == 0) {
          String first = proposal("R1", 1) + "\n";
          first.getChars(0, first.length(), buffer, offset);
          return first.length();
        }
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    List<CheckResult> delivered = new ArrayList<>();
    assertThatThrownBy(() -> TestCheckers.shared().withThreads(2)
        .checkLines(new BufferedReader(failing, 1 << 16), "in", delivered::add))
        .isInstanceOf(IOException.class).hasMessage("disk gone");
    // The line read before the failure is not lost.
    assertThat(delivered).extracting(CheckResult::proposalId).containsExactly("R1");
  }

  @Test
  void whatWorkOrDeliveryThrowsReachesTheCallerAsThrown() {
    Iterator<Integer> items = IntStream.range(0, 1000).iterator();
    assertThatThrownBy(() -> OrderedPipeline.run(items, i -> {
      if (i == 500) {
        throw new IllegalStateException("work failed at 500");
      }
      return i;
    }, i -> { }, 3)).isInstanceOf(IllegalStateException.class).hasMessage("work failed at 500");

    List<Integer> delivered = new ArrayList<>();
    assertThatThrownBy(() -> OrderedPipeline.run(IntStream.range(0, 1000).iterator(), i -> i, i -> {
      if (i == 10) {
        throw new OutOfMemoryError("pretend");
      }
      delivered.add(i);
    }, 3)).isInstanceOf(OutOfMemoryError.class);
    assertThat(delivered).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void threadsMustBeAtLeastOne() {
    assertThatThrownBy(() -> TestCheckers.shared().withThreads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }
}
