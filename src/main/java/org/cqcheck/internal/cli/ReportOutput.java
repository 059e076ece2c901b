package org.cqcheck.internal.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cqcheck.internal.report.Messages;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.FailOn;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.cqcheck.report.ReportRenderer;
import org.cqcheck.report.RunTotals;
import org.cqcheck.report.StreamingRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** How and where {@code check} and {@code validate} write their report. */
final class ReportOutput {

  private final CommandSpec command;

  private final OptionSpec format;

  private final OptionSpec language;

  private final OptionSpec output;

  private final OptionSpec quiet;

  private final OptionSpec verbose;
  /** The text report's width in columns; unset: the terminal's, or 100 when not a terminal. */
  private final OptionSpec width;

  /** Declares the options of the report on {@code command}. */
  ReportOutput(CommandSpec command) {
    this.command = command;
    format = CommandSpecs.option(command, OptionSpec.builder("--format")
        .paramLabel("FORMAT").type(ReportFormat.class).defaultValue("text")
        .description("Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));
    language = CommandSpecs.language(command, "Language of the report: zh or en, or a tag such as"
        + " zh-CN (default: from the locale).");
    output = CommandSpecs.option(command, OptionSpec.builder("-o", "--output")
        .paramLabel("FILE").type(Path.class)
        .description("Write the report to FILE (atomically) instead of standard output."));
    quiet = CommandSpecs.option(command, OptionSpec.builder("-q", "--quiet").type(boolean.class)
        .description("Text: verdict lines only."));
    verbose = CommandSpecs.option(command, OptionSpec.builder("-v", "--verbose")
        .type(boolean.class).description("Text: also list NOT_APPLICABLE findings. Text, JSON,"
            + " JSON Lines, Markdown, HTML: also list the targets that do not apply to an"
            + " indicator report (JUnit and SARIF never list them)."));
    width = CommandSpecs.option(command, OptionSpec.builder("--width").paramLabel("N")
        .type(Integer.class).description("Text: the columns lines fit, CJK counting two (default:"
            + " the terminal's width; 100 when the report goes to a file or a pipe)."));
  }

  /** The width of the text report: --width, else the terminal's, else 100. */
  private int width(boolean terminal) {
    Integer given = width.getValue();
    if (given != null) {
      if (given < 40) {
        throw new CommandLine.ParameterException(command.commandLine(),
            "--width is " + given + ": at least 40 columns");
      }
      return given;
    }
    return terminal && output() == null ? TerminalWidth.columns() : RenderOptions.DEFAULT_WIDTH;
  }

  private ReportFormat format() {
    return format.getValue();
  }

  private Path output() {
    return output.getValue();
  }

  RenderOptions options(boolean terminal, java.util.Set<FailOn> failOn) {
    Language lang = CommandSpecs.languageOf(language);
    boolean quietly = CommandSpecs.isSet(quiet);
    return new RenderOptions(lang, CommandSpecs.isSet(verbose), quietly,
        terminal && output() == null && !quietly, false, width(terminal), failOn);
  }

  /**
   * Refuses, before any work, a report file that cannot be written: its directory missing or not
   * writable, or the name taken by a directory. A run over many files should not end in that.
   */
  void checkTarget() {
    checkTarget(List.of());
  }

  /**
   * As {@link #checkTarget()}, and refuses a report file that is one of {@code inputs}, or a
   * proposal file under one of them: the report would replace a proposal (`check -o a.json
   * a.json` did, silently).
   */
  void checkTarget(List<Path> inputs) {
    Path target = output();
    if (target == null) {
      return;
    }
    Path absolute = target.toAbsolutePath();
    if (isStream(absolute)) {
      return;
    }
    Path directory = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw unwritable(messages().get("output.isDirectory"));
    }
    if (directory == null || !Files.isDirectory(directory)) {
      throw unwritable(messages().get("output.noDirectory", directory));
    }
    if (!Files.isWritable(directory)) {
      throw unwritable(messages().get("output.directoryNotWritable", directory));
    }
    if (Files.isRegularFile(absolute)) {
      for (Path input : inputs) {
        if (isOrHolds(input, absolute)) {
          throw unwritable(messages().get("output.isInput"));
        }
      }
    }
  }

  /** Whether {@code file} is {@code input}, or a proposal file found under it. */
  private static boolean isOrHolds(Path input, Path file) {
    try {
      if (Files.isDirectory(input)) {
        Path directory = input.toRealPath();
        String name = file.getFileName().toString();
        return file.toRealPath().startsWith(directory)
            && org.cqcheck.input.InputFormat.of(Path.of(name)).isPresent();
      }
      return Files.exists(input) && Files.isSameFile(input, file);
    } catch (IOException e) {
      return false;
    }
  }

  private Messages messages() {
    return new Messages(CommandSpecs.languageOf(language));
  }

  /** A usage error (exit 4): the report could not be written to the -o file, and why. */
  private CommandLine.ParameterException unwritable(String reason) {
    return new CommandLine.ParameterException(command.commandLine(),
        messages().get("output.unwritable", output(), reason));
  }

  private CommandLine.ParameterException unwritable(IOException e) {
    String reason = e instanceof AccessDeniedException ? messages().get("reason.accessDenied")
        : e instanceof NoSuchFileException ? messages().get("output.noDirectory",
            output().toAbsolutePath().getParent())
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : String.valueOf(e.getMessage());
    return unwritable(reason);
  }

  /** The language of the report, and of what the run says besides. */
  Language language() {
    return CommandSpecs.languageOf(language);
  }

  /**
   * Whether the report is written result by result to standard output, and that is a terminal:
   * the report then shows how far the run has come.
   */
  boolean streamsToTerminal(boolean terminal) {
    return terminal && output() == null && streaming() != null;
  }

  /** Whether the report points findings at lines, so that reading must record where fields are. */
  boolean pointsAtLines() {
    return format().renderer().pointsAtLines();
  }

  /** The renderer, when the format can be written result by result as results come; else null. */
  StreamingRenderer streaming() {
    return format().renderer() instanceof StreamingRenderer streaming ? streaming : null;
  }

  /** A run over files, handing each result, prepared on its worker thread, over in order. */
  interface FileRun {
    RunTotals run(Function<CheckResult, Progress.Rendered> prepare,
        Consumer<Progress.Rendered> deliver);
  }

  /**
   * A run over files with {@code progress}, as check and validate make one: streamed result by
   * result when the format streams, else gathered into one {@code report} written at the end.
   *
   * @return the run's exit code
   */
  int overFiles(FileRun run, Function<List<CheckResult>, Report> report, Progress progress,
      PrintWriter out, RenderOptions options) throws IOException {
    try (progress) {
      StreamingRenderer renderer = streaming();
      if (renderer != null) {
        // Each result is rendered on the worker thread that made it, and written here in order.
        return stream(renderer, out, options, write -> {
          try (progress) {
            return run.run(r -> new Progress.Rendered(r, renderer.result(r, options)), rendered -> {
              progress.resultOf(rendered.result().file());
              write.accept(rendered.text());
            });
          }
        }).exitCode(options.failOn()).code();
      }
      List<CheckResult> results = new ArrayList<>();
      run.run(r -> new Progress.Rendered(r, null), rendered -> {
        progress.resultOf(rendered.result().file());
        results.add(rendered.result());
      });
      progress.close();
      Report whole = report.apply(results);
      write(whole, out, options);
      return whole.exitCode(options.failOn()).code();
    }
  }

  /**
   * Runs {@code run}, which hands each result's text to the writer it is given, in order: written
   * as it comes to standard output (flushed, for whoever reads the pipe), or to the -o file; then
   * the format's end.
   */
  RunTotals stream(StreamingRenderer renderer, PrintWriter out, RenderOptions options,
      StreamedRun run) throws IOException {
    return toOutput(out, w -> {
      RunTotals totals = run.writingEach(text -> {
        try {
          w.write(text);
          if (output() == null) {
            w.flush();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      renderer.end(totals.summary(), totals.waiverNotes(), options, w);
      return totals;
    });
  }

  void write(Report report, PrintWriter out, RenderOptions options) throws IOException {
    ReportRenderer renderer = format().renderer();
    toOutput(out, w -> {
      renderer.render(report, options, w);
      return null;
    });
  }

  /** A run that hands each result's text to {@code write}, in order. */
  interface StreamedRun {
    RunTotals writingEach(Consumer<String> write) throws IOException;
  }

  /** Writes a report (or what a run returns besides). */
  private interface ReportWriting<R> {
    R writeTo(Writer w) throws IOException;
  }

  /**
   * Standard output; or, with -o, a temporary file beside the target that is renamed onto it once
   * written: never a half-written report.
   */
  private <R> R toOutput(PrintWriter out, ReportWriting<R> writing) throws IOException {
    if (output() == null) {
      R result = writing.writeTo(out);
      out.flush();
      return result;
    }
    Path target = output().toAbsolutePath();
    try {
      if (isStream(target)) {
        // A device or a pipe (/dev/stdout, /dev/null, a FIFO): written to, never replaced by a file.
        try (Writer w = new ReportFileWriter(open(target, StandardOpenOption.WRITE))) {
          return writing.writeTo(w);
        }
      }
      return replacing(target, writing);
    } catch (ReportFileFailure e) {
      throw unwritable(e.getCause());
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof ReportFileFailure failure) {
        throw unwritable(failure.getCause());
      }
      throw e;
    }
  }

  /** Writes a temporary file beside {@code target}, then renames it onto the target. */
  private static <R> R replacing(Path target, ReportWriting<R> writing) throws IOException {
    // Through a symbolic link, the file it names is replaced, not the link.
    Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target;
    // Not Files.createTempFile: it makes the file readable by its owner only (0600), and the
    // report, renamed onto the target, kept that. Created here like any new file, under the
    // user's umask; CREATE_NEW, so a name taken by someone else's file is never written over.
    Path temporary = file.resolveSibling("." + file.getFileName() + "."
        + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
    try {
      R result;
      try (Writer w = new ReportFileWriter(open(temporary, StandardOpenOption.CREATE_NEW))) {
        result = writing.writeTo(w);
      }
      ofTheReportFile(() -> replace(temporary, file));
      return result;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Writer open(Path file, StandardOpenOption how) throws ReportFileFailure {
    try {
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8, how, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new ReportFileFailure(e);
    }
  }

  /** Whether {@code target} is there and is neither a file nor a directory: a device or a pipe. */
  private static boolean isStream(Path target) {
    return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
  }

  /** An operation on the report file. */
  private interface FileOperation {
    void run() throws IOException;
  }

  /** Runs {@code operation}, its failure a {@link ReportFileFailure}. */
  private static void ofTheReportFile(FileOperation operation) throws ReportFileFailure {
    try {
      operation.run();
    } catch (IOException e) {
      throw new ReportFileFailure(e);
    }
  }

  /**
   * A failure of the report file itself (a full disk, a vanished directory), told apart from the
   * failures of the run that writes it, such as standard input that cannot be read.
   */
  private static final class ReportFileFailure extends IOException {
    ReportFileFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** The report file's writer: each of its failures a {@link ReportFileFailure}. */
  private static final class ReportFileWriter extends FilterWriter {
    ReportFileWriter(Writer file) {
      super(file);
    }

    @Override
    public void write(int c) throws IOException {
      ofTheReportFile(() -> super.write(c));
    }

    @Override
    public void write(char[] text, int from, int length) throws IOException {
      ofTheReportFile(() -> super.write(text, from, length));
    }

    @Override
    public void write(String text, int from, int length) throws IOException {
      ofTheReportFile(() -> super.write(text, from, length));
    }

    @Override
    public void flush() throws IOException {
      ofTheReportFile(super::flush);
    }

    @Override
    public void close() throws IOException {
      ofTheReportFile(super::close);
    }
  }

  private static void replace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
