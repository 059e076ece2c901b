package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
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

  /** Whether results are written one by one as they come, rather than as a whole report. */
  boolean streams() {
    return format == ReportFormat.JSONL && output == null;
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
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
