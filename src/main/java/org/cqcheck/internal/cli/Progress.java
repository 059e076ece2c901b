package org.cqcheck.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.cqcheck.internal.input.InputFiles;
import org.cqcheck.internal.report.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import org.cqcheck.report.CheckResult;

/**
 * Progress of a long run (thousands of files, a million JSON lines), on standard error: what is
 * done, the rate, and for files the total and the time left. Nothing is shown before the run has
 * lasted {@link #DELAY_MILLIS}, so a short run stays silent; then only when standard error is a
 * terminal (asked of stderr itself, not of {@code System.console()}, which is null whenever stdout
 * is piped: when progress matters most), unless --progress forces it on or --no-progress off. The
 * bar is cleared when the run ends, so the terminal keeps only the report and the messages.
 *
 * <p>The bar itself (me.tongfei's progressbar, with JLine) is in {@link ProgressBarDisplay}, loaded
 * only when a run shows progress: a run of a few files loads none of it.
 */
final class Progress implements AutoCloseable {

  /** How long a run goes before progress is shown. */
  static final long DELAY_MILLIS = 1000;

  /** The delay runs wait for: {@link #DELAY_MILLIS}, but for tests of progress itself. */
  static volatile long delayMillis = DELAY_MILLIS;

  /** How often the count is handed to the bar. */
  private static final long UPDATE_MILLIS = 100;

  /** Declares --progress and --no-progress on {@code command}. */
  static OptionSpec option(CommandSpec command) {
    return CommandSpecs.option(command, OptionSpec.builder("--progress").negatable(true)
        .type(Boolean.class)
        .description("Show progress on stderr (done, rate, time left) once a run has lasted a"
            + " second; by default only when stderr is a terminal and the report is not written"
            + " to a terminal as it goes. --no-progress: never."));
  }

  /**
   * What a run needs to know to decide whether it shows progress, and where: --progress (null when
   * neither it nor --no-progress is given), how to tell whether stderr is a terminal, whether the
   * report goes to a terminal result by result (which shows the progress itself), stderr, the
   * language, and what the run does ({@code progress.checking}, {@code progress.validating}).
   */
  record Setting(Boolean asked, BooleanSupplier errorsAreTerminal, boolean reportStreamsToTerminal,
      PrintWriter err, Messages messages, String taskKey) {

    /** Whether progress may be shown at all: not with --no-progress, nor over a streamed report. */
    boolean mayShow() {
      return asked == null ? !reportStreamsToTerminal : asked;
    }
  }

  /** What is counted: files, whose total is known, or lines, whose total is not. */
  record Unit(String name, LongSupplier total) {}

  /** No progress: every call does nothing. */
  static final Progress NONE = new Progress();

  private final Setting setting;
  private final Unit unit;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final ScheduledExecutorService timer;

  /** The file of the last result counted; only the delivering thread reads and writes it. */
  private String lastFile;

  /** The bar, once shown; guarded by this. */
  private Display display;

  /** Guarded by this. */
  private boolean closed;

  private Progress() {
    setting = null;
    unit = null;
    timer = null;
  }

  private Progress(Setting setting, Unit unit, long delayMillis) {
    this.setting = setting;
    this.unit = unit;
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "cqcheck-progress");
      thread.setDaemon(true);
      return thread;
    });
    timer.schedule(this::show, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Progress over the files {@code inputs} stand for (a file counted at its first result). */
  static Progress overFiles(Setting setting, List<Path> inputs) {
    return start(setting, new Unit(setting.messages().get("progress.files"),
        () -> InputFiles.expand(inputs).size()));
  }

  /** Progress over JSON lines, whose number is not known. */
  static Progress overLines(Setting setting) {
    return start(setting, new Unit(setting.messages().get("progress.lines"), null));
  }

  /**
   * A result and its text (null when the report is written whole at the end), carried from the
   * worker thread that made it to the one that counts and delivers it.
   */
  record Rendered(CheckResult result, String text) {}

  /** Progress over {@code unit}, as {@code setting} says, shown after {@link #DELAY_MILLIS}. */
  static Progress start(Setting setting, Unit unit) {
    return setting.mayShow() ? new Progress(setting, unit, delayMillis) : NONE;
  }

  /** Counts a result of {@code file}: a file is counted once, at its first result. */
  void resultOf(String file) {
    if (timer != null && !Objects.equals(file, lastFile)) {
      lastFile = file;
      done.incrementAndGet();
    }
  }

  /** Counts one line. */
  void line() {
    if (timer != null) {
      done.incrementAndGet();
    }
  }

  /**
   * Once the run has lasted the delay: when stderr is a terminal (or --progress), shows the bar,
   * counting from what is done already, and keeps handing it the count.
   */
  private void show() {
    boolean terminal = setting.errorsAreTerminal().getAsBoolean();
    if (!terminal && !Boolean.TRUE.equals(setting.asked())) {
      timer.shutdown();
      return;
    }
    long total = unit.total() == null ? -1 : unit.total().getAsLong();
    synchronized (this) {
      if (closed) {
        return;
      }
      display = ProgressBarDisplay.open(setting.err(), terminal,
          setting.messages().get(setting.taskKey()), unit.name(), total, done.get(),
          Duration.ofNanos(System.nanoTime() - started));
    }
    try {
      timer.scheduleWithFixedDelay(this::update, UPDATE_MILLIS, UPDATE_MILLIS,
          TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // The run ended meanwhile: close() has shown the last count and cleared the bar.
    }
  }

  private synchronized void update() {
    if (display != null && !closed) {
      display.stepTo(done.get());
    }
  }

  /** Ends the progress: the bar, if shown, is cleared from a terminal. */
  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (display != null) {
        display.stepTo(done.get());
        display.close();
      }
    }
    timer.shutdownNow();
  }

  /** The bar: counts handed to it, and closed once. */
  interface Display {
    void stepTo(long done);

    void close();
  }
}
