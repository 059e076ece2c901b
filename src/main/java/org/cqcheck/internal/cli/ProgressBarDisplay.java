package org.cqcheck.internal.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The progress bar of {@link Progress}: me.tongfei's progressbar, drawn on stderr, and JLine to ask
 * whether stderr is a terminal and how wide. Only {@link Progress} refers to this class, once a run
 * has lasted long enough to show progress, so that a short run loads neither library.
 */
final class ProgressBarDisplay implements Progress.Display {

  /** Columns when stderr is not a terminal (--progress into a file or a CI log). */
  private static final int COLUMNS_OFF_TERMINAL = 80;

  /**
   * Whether standard error is a terminal: JLine's exec provider runs {@code test -t 2} with this
   * process's stderr, which is what matters here (System.console() speaks of stdin and stdout).
   * False where that cannot be told (Windows outside Cygwin or MSYS).
   */
  static boolean stderrIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (java.io.IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** The width of the terminal stderr is, as {@code stty} reads it through JLine; else 80. */
  private static int stderrColumns() {
    try {
      int columns = TerminalProvider.load("exec").systemStreamWidth(SystemStream.Error);
      return columns >= 20 ? columns : COLUMNS_OFF_TERMINAL;
    } catch (java.io.IOException | RuntimeException | LinkageError e) {
      return COLUMNS_OFF_TERMINAL;
    }
  }

  private final ProgressBar bar;

  private ProgressBarDisplay(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * A bar on {@code err}, started as if it had been shown from the start of the run: {@code done}
   * units in {@code elapsed}. On a terminal it is redrawn in place and cleared at the end; elsewhere
   * (forced with --progress) each state is a line of its own, once a second, and nothing is erased.
   *
   * @param total the number of units; -1 when it is not known (JSON Lines)
   */
  static ProgressBarDisplay open(PrintWriter err, boolean terminal, String task, String unit,
      long total, long done, Duration elapsed) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(terminal ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(terminal ? 200 : 1000)
        .setUnit(" " + unit, 1)
        .showSpeed(new DecimalFormat("0"))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .startsFrom(done, elapsed)
        .clearDisplayOnFinish();
    if (total < 0) {
      builder.hideEta();
    }
    StderrLine line = new StderrLine(err, terminal,
        terminal ? stderrColumns() : COLUMNS_OFF_TERMINAL);
    ProgressBar bar = builder.setConsumer(line).build();
    // The bar's first drawing, on the library's thread, before it can be closed: closed before
    // that, the library draws it and never clears it.
    try {
      line.drawn.await(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new ProgressBarDisplay(bar);
  }

  @Override
  public void stepTo(long done) {
    bar.stepTo(done);
  }

  @Override
  public void close() {
    bar.close();
  }

  /** Where the bar is drawn: stderr's one line on a terminal, or a line at a time elsewhere. */
  private static final class StderrLine implements ProgressBarConsumer {

    private final PrintWriter err;
    private final boolean terminal;
    private final int columns;

    StderrLine(PrintWriter err, boolean terminal, int columns) {
      this.err = err;
      this.terminal = terminal;
      this.columns = columns;
    }

    @Override
    public int getMaxRenderedLength() {
      // One column spare: a line as wide as the terminal would wrap the cursor to the next.
      return columns - 1;
    }

    /** Counted down at the first drawing. */
    final CountDownLatch drawn = new CountDownLatch(1);

    /** The last line written off a terminal, not written again (the end redraws the bar). */
    private String last;

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        if (terminal) {
          err.print('\r' + rendered);
        } else if (!rendered.equals(last)) {
          err.println(rendered);
          last = rendered;
        }
        err.flush();
      }
      drawn.countDown();
    }

    @Override
    public void clear() {
      if (terminal) {
        // The library's clear: the line overwritten with spaces, the cursor back at its start.
        ProgressBarConsumer.super.clear();
      }
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
