package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.cqcheck.report.RunTotals;
import org.cqcheck.report.StreamingRenderer;
import picocli.CommandLine.Option;

/** How and where {@code check} and {@code validate} write their report. */
final class ReportOutput {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the report: zh or en (default: from the locale).")
  Language language;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Text: verdict lines only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Text: also list NOT_APPLICABLE findings.")
  boolean verbose;

  RenderOptions options(boolean terminal, boolean failOnWarn) {
    Language lang = language != null ? language : Language.of(Locale.getDefault());
    return new RenderOptions(lang, verbose, quiet, terminal && output == null && !quiet, failOnWarn);
  }

  /** The renderer, when the format can be written result by result as results come; else null. */
  StreamingRenderer streaming() {
    return format.renderer() instanceof StreamingRenderer streaming ? streaming : null;
  }

  /**
   * Runs {@code run}, which hands each result's text to the writer it is given, in order: written
   * as it comes to standard output (flushed, for whoever reads the pipe), or to a temporary file
   * beside the -o file that replaces it at the end; then the format's end.
   */
  RunTotals stream(PrintWriter out, RenderOptions options,
      Function<Consumer<String>, RunTotals> run) throws IOException {
    StreamingRenderer renderer = streaming();
    if (output == null) {
      RunTotals totals = run.apply(text -> {
        out.write(text);
        out.flush();
      });
      renderer.end(totals.summary(), totals.waiverNotes(), options, out);
      out.flush();
      return totals;
    }
    Path target = output.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), ".cqcheck-", ".tmp");
    try {
      RunTotals totals;
      try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        totals = run.apply(text -> {
          try {
            w.write(text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        renderer.end(totals.summary(), totals.waiverNotes(), options, w);
      }
      replace(temporary, target);
      return totals;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  void write(Report report, PrintWriter out, RenderOptions options) throws IOException {
    if (output == null) {
      format.renderer().render(report, options, out);
      out.flush();
    } else {
      StringWriter buffer = new StringWriter();
      format.renderer().render(report, options, buffer);
      writeAtomically(output, buffer.toString());
    }
  }

  /** Writes to a temporary file beside {@code target}, then renames it: no half-written report. */
  private static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".cqcheck-", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        w.write(content);
      }
      replace(temporary, absolute);
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
