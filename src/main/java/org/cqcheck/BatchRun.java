package org.cqcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.cqcheck.config.Waiver;
import org.cqcheck.engine.Finding;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.internal.input.InputFiles;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.internal.input.SeenIds;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;

/**
 * One run over many inputs, for {@link Checker}: files (or JSON lines) are read and checked on
 * worker threads ({@link OrderedPipeline}); here, in input order, a proposal whose id was seen
 * before is refused, verdicts are counted, and each result is handed on.
 */
final class BatchRun {

  private BatchRun() {}

  /** What a run keeps: the counts, and the waivers that accepted a finding. */
  record Totals(Report.Summary summary, Set<Waiver> waiversUsed) {}

  /**
   * The most files a worker takes at once, so that their proposals share rule sessions; with
   * fewer tasks in flight, as many files are in flight as when a task was one file (16 a worker
   * held 256 files in flight on two workers, and a 10,000-file run's peak memory went from 93 to
   * 129 MiB).
   */
  static final int MOST_FILES_A_TASK = 4;

  /**
   * Every input appears in the results exactly once, in input order: a path that yields no file is
   * an ERROR in place, and a proposal id already seen in this run is refused where it is seen
   * again. Files are read, checked and prepared on worker threads, a few consecutive files to a
   * task ({@code perFiles} checks a task's files together, one list of results per file); results
   * are delivered on the calling thread.
   */
  static <T> Totals overFiles(ProposalReader reader, List<Path> inputs,
      Function<List<ProposalFile>, List<List<CheckResult>>> perFiles,
      Function<CheckResult, T> prepare, Consumer<T> deliver, int threads) {
    List<InputFiles.Input> files = InputFiles.expand(inputs);
    Tally<T> tally = new Tally<>(prepare, deliver);
    SeenIds seen = new SeenIds();
    FilePlaces places = new FilePlaces(files);
    // Tasks small enough that every worker gets several: a run of a few files keeps its threads.
    int filesATask = Math.max(1, Math.min(MOST_FILES_A_TASK, files.size() / (threads * 8)));
    int tasks = (files.size() + filesATask - 1) / filesATask;
    OrderedPipeline.run(IntStream.range(0, tasks).iterator(), task -> {
      int from = task * filesATask;
      int to = Math.min(files.size(), from + filesATask);
      List<ProposalFile> read = new ArrayList<>(to - from);
      for (int ordinal = from; ordinal < to; ordinal++) {
        InputFiles.Input input = files.get(ordinal);
        read.add(input.readable() ? reader.read(input.path()) : null);
      }
      List<List<CheckResult>> checked =
          perFiles.apply(read.stream().filter(java.util.Objects::nonNull).toList());
      List<Outcome<T>> outcomes = new ArrayList<>(read.size());
      int next = 0;
      for (int i = 0; i < read.size(); i++) {
        InputFiles.Input input = files.get(from + i);
        outcomes.add(read.get(i) == null
            ? Outcome.of(from + i, null, List.of(inputError(reader, input.path().toString(),
                input.error())), prepare)
            : Outcome.of(from + i, read.get(i), checked.get(next++), prepare));
      }
      return outcomes;
    }, outcomes -> outcomes.forEach(o -> tally.deliver(o, seen, places)),
        Math.min(threads, tasks), Math.max(2, OrderedPipeline.WINDOW_PER_THREAD / filesATask));
    if (tally.summary.proposals() + tally.summary.indicatorReports() == 0) {
      CheckResult nothing = inputError(reader, "",
          InputError.of(InputError.Kind.NO_INPUT_FOUND, ""));
      tally.deliver(nothing, prepare.apply(nothing));
    }
    return new Totals(tally.summary, tally.waiversUsed);
  }

  /**
   * Every line that holds something is one input, named {@code name:LINE} and read as a JSON file
   * of its own (so a line that is not UTF-8 is refused as such, and the others go on); lines are
   * read on the calling thread as the workers need them, and a repeated id names the line it was
   * first seen on. When reading fails, every line read before is still checked and delivered; then,
   * with {@code failureAsResult}, the failure is an ERROR result for the line that could not be
   * read, and otherwise it is left in {@link JsonLines#failure} for the caller to throw.
   */
  static <T> Totals overLines(ProposalReader reader, JsonLines lines, String name,
      boolean failureAsResult, Function<List<ProposalFile>, List<List<CheckResult>>> perFiles,
      Function<CheckResult, T> prepare, Consumer<T> deliver, int threads) {
    Tally<T> tally = new Tally<>(prepare, deliver);
    SeenIds seen = new SeenIds();
    Places places = new Places() {
      @Override
      public int of(Outcome<?> outcome, int index) {
        return outcome.ordinal();
      }

      @Override
      public String describe(int line) {
        return name + ":" + line;
      }
    };
    OrderedPipeline.run(lines, line -> {
      ProposalFile file = reader.read(name + ":" + line.number(), line.bytes(), InputFormat.JSON);
      // One line a task: a line is checked as soon as it is read, however slowly lines come.
      return Outcome.of(line.number(), file, perFiles.apply(List.of(file)).get(0), prepare);
    }, outcome -> tally.deliver(outcome, seen, places), threads);
    if (failureAsResult && lines.failure() != null) {
      CheckResult unread = inputError(reader, name + ":" + lines.failedLine(),
          InputError.unreadable(lines.failure()));
      tally.deliver(unread, prepare.apply(unread));
    }
    return new Totals(tally.summary, tally.waiversUsed);
  }

  /** A run whose only input could not be used at all: its ERROR result, counted. */
  static <T> Totals unusable(ProposalReader reader, String name, InputError error,
      Function<CheckResult, T> prepare, Consumer<T> deliver) {
    Tally<T> tally = new Tally<>(prepare, deliver);
    CheckResult unread = inputError(reader, name, error);
    tally.deliver(unread, prepare.apply(unread));
    return new Totals(tally.summary, tally.waiversUsed);
  }

  /**
   * The ERROR result of an input that yielded nothing to read: an indicator report's when
   * {@code reader} reads nothing else (a run of cqcheck scorecard), else a proposal's.
   */
  private static CheckResult inputError(ProposalReader reader, String name, InputError error) {
    return reader.readsProposals()
        ? CheckResult.error(name, "", null, null, List.of(error), List.of())
        : CheckResult.reportError(name, "", null, List.of(error), List.of());
  }

  /**
   * A file (or a line) read and checked by a worker: one result per entry of the file (of the
   * input, when {@code file} is null because the path yielded none), each also prepared.
   */
  private record Outcome<T>(int ordinal, ProposalFile file, List<CheckResult> results,
      List<T> prepared) {
    static <T> Outcome<T> of(int ordinal, ProposalFile file, List<CheckResult> results,
        Function<CheckResult, T> prepare) {
      List<T> prepared = new ArrayList<>(results.size());
      results.forEach(r -> prepared.add(prepare.apply(r)));
      return new Outcome<>(ordinal, file, results, prepared);
    }
  }

  /** Delivers outcomes in order, refusing repeated ids, and counts the verdicts. */
  private static final class Tally<T> {
    private final Function<CheckResult, T> prepare;
    private final Consumer<T> deliver;
    private Report.Summary summary = Report.Summary.NONE;
    private final Set<Waiver> waiversUsed = new HashSet<>();

    Tally(Function<CheckResult, T> prepare, Consumer<T> deliver) {
      this.prepare = prepare;
      this.deliver = deliver;
    }

    void deliver(Outcome<T> outcome, SeenIds seen, Places places) {
      if (outcome.file() == null) {
        deliver(outcome.results().get(0), outcome.prepared().get(0));
        return;
      }
      List<ProposalFile.Entry> entries = outcome.file().entries();
      for (int i = 0; i < entries.size(); i++) {
        CheckResult checked = outcome.results().get(i);
        CheckResult result = refusedIfRepeated(outcome.file(), entries.get(i), checked, seen,
            places.of(outcome, i), places::describe);
        // A refused repeat is rare: its result is prepared again, here.
        deliver(result, result == checked ? outcome.prepared().get(i) : prepare.apply(result));
      }
    }

    void deliver(CheckResult result, T prepared) {
      summary = summary.plus(result);
      for (Finding f : result.findings()) {
        if (f.waiver() != null) {
          waiversUsed.add(f.waiver());
        }
      }
      deliver.accept(prepared);
    }
  }

  /**
   * Where proposals are, for the table of ids seen: a number per proposal (1 or more), and the
   * words for the place a number stands for. Asked once per proposal, in input order.
   */
  private interface Places {
    int of(Outcome<?> outcome, int index);

    String describe(int where);
  }

  /**
   * Places in a run over files: proposals are numbered in input order; each file keeps the number
   * of its first proposal (an int a file), so that a number names its file and, in a file holding
   * an array, its index.
   */
  private static final class FilePlaces implements Places {
    private final List<InputFiles.Input> files;
    /** The number of each file's first proposal; files without one share their successor's. */
    private final int[] firstOfFile;
    private final BitSet arrays = new BitSet();
    private int lastNumbered = -1;
    private int next = 1;

    FilePlaces(List<InputFiles.Input> files) {
      this.files = files;
      this.firstOfFile = new int[files.size()];
    }

    @Override
    public int of(Outcome<?> outcome, int index) {
      int file = outcome.ordinal();
      if (index == 0) {
        while (lastNumbered < file) {
          firstOfFile[++lastNumbered] = next;
        }
        if (!outcome.file().entries().get(0).location().isEmpty()) {
          arrays.set(file);
        }
      }
      return next++;
    }

    @Override
    public String describe(int where) {
      // The last file numbered whose first proposal is at or before this one.
      int low = 0;
      int high = lastNumbered;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (firstOfFile[middle] <= where) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      String path = files.get(low).path().toString();
      return arrays.get(low) ? path + "/" + (where - firstOfFile[low]) : path;
    }
  }

  /**
   * {@code result}, or an ERROR naming where the id was first seen when {@code entry}'s id was
   * already seen in this run.
   */
  private static CheckResult refusedIfRepeated(ProposalFile file, ProposalFile.Entry entry,
      CheckResult result, SeenIds seen, int where, IntFunction<String> describe) {
    String id = entry.proposalId();
    int first = id == null ? 0 : seen.firstSeenAt(id, where);
    if (first == 0) {
      return result;
    }
    List<InputError> errors = new ArrayList<>(entry.errors());
    if (entry.isIndicatorReport()) {
      errors.add(InputError.of(InputError.Kind.DUPLICATE_REPORT_ID, entry.location() + "/id", id,
          describe.apply(first)));
      return CheckResult.reportError(file.file(), entry.location(), id, errors,
          entry.warnings());
    }
    errors.add(InputError.of(InputError.Kind.DUPLICATE_ID, entry.location() + "/id", id,
        describe.apply(first)));
    return CheckResult.error(file.file(), entry.location(), id, null, errors, entry.warnings());
  }
}
