package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.cqcheck.report.ReportRenderer;
import org.cqcheck.report.RunTotals;
import org.cqcheck.report.StreamingRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** How and where {@code check} and {@code validate} write their report. */
final class ReportOutput {

  private final OptionSpec format;

  private final OptionSpec language;

  private final OptionSpec output;

  private final OptionSpec quiet;

  private final OptionSpec verbose;

  /** Declares the options of the report on {@code command}. */
  ReportOutput(CommandSpec command) {
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
        .type(boolean.class).description("Text: also list NOT_APPLICABLE findings."));
  }

  private ReportFormat format() {
    return format.getValue();
  }

  private Path output() {
    return output.getValue();
  }

  RenderOptions options(boolean terminal, boolean failOnWarn) {
    Language lang = CommandSpecs.languageOf(language);
    boolean quietly = CommandSpecs.isSet(quiet);
    return new RenderOptions(lang, CommandSpecs.isSet(verbose), quietly,
        terminal && output() == null && !quietly, failOnWarn);
  }

  /** Whether the report points findings at lines, so that reading must record where fields are. */
  boolean pointsAtLines() {
    return format().renderer().pointsAtLines();
  }

  /** The renderer, when the format can be written result by result as results come; else null. */
  StreamingRenderer streaming() {
    return format().renderer() instanceof StreamingRenderer streaming ? streaming : null;
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
    // Not Files.createTempFile: it makes the file readable by its owner only (0600), and the
    // report, renamed onto the target, kept that. Created here like any new file, under the
    // user's umask; CREATE_NEW, so a name taken by someone else's file is never written over.
    Path temporary = target.resolveSibling("." + target.getFileName() + "."
        + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
    try {
      R result;
      try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        result = writing.writeTo(w);
      }
      replace(temporary, target);
      return result;
    } finally {
      Files.deleteIfExists(temporary);
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
