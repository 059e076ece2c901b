package org.cqcheck.internal.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal the report goes to: COLUMNS when the shell exports it, else what
 * {@code stty size} reads from the controlling terminal, else 80. Asked only when standard output
 * is a terminal.
 */
final class TerminalWidth {

  private TerminalWidth() {}

  private static final int FALLBACK = 80;

  static int columns() {
    String fromEnvironment = System.getenv("COLUMNS");
    if (fromEnvironment != null && fromEnvironment.strip().matches("[0-9]{2,4}")) {
      return Integer.parseInt(fromEnvironment.strip());
    }
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return FALLBACK;
    }
    try {
      Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .strip();
      if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return FALLBACK;
      }
      String[] rowsAndColumns = size.split("\\s+");
      int columns = rowsAndColumns.length == 2 && rowsAndColumns[1].matches("[0-9]{2,4}")
          ? Integer.parseInt(rowsAndColumns[1]) : FALLBACK;
      return columns >= 40 ? columns : FALLBACK;
    } catch (IOException e) {
      return FALLBACK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FALLBACK;
    }
  }
}
