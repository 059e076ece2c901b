package org.cqcheck.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of long runs on stderr: shown when stderr is a terminal or --progress asks, drawn in
 * place and cleared on a terminal, never in the report, never in a pipe unless asked. Runs here
 * wait no second before showing it, so that a run of a thousand proposals is long enough.
 */
class ProgressTest {

  private static final String PASSING = "examples/chemical-mdi-changshou-2013.json";

  record Run(int exitCode, String out, String err) {}

  /** cqcheck in-process, with stdout a terminal or not, and stderr a terminal as the test says. */
  private static Run run(boolean outTerminal, BooleanSupplier errTerminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), outTerminal, errTerminal);
    return new Run(code, out.toString(), err.toString());
  }

  @AfterEach
  void restoreTheDelay() {
    Progress.delayMillis = Progress.DELAY_MILLIS;
  }

  /** {@code count} copies of the passing example, each with an id of its own, as JSON Lines. */
  private static Path jsonLines(Path dir, int count) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode proposal = (ObjectNode) json.readTree(Path.of(PASSING).toFile());
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      proposal.put("id", "CQ-PROGRESS-" + i);
      lines.add(json.writeValueAsString(proposal));
    }
    Path file = dir.resolve("many.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** {@code count} copies of the passing example, a file each. */
  private static Path files(Path dir, int count) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode proposal = (ObjectNode) json.readTree(Path.of(PASSING).toFile());
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < count; i++) {
      proposal.put("id", "CQ-PROGRESS-" + i);
      json.writeValue(many.resolve(String.format("p%05d.json", i)).toFile(), proposal);
    }
    return many;
  }

  @Test
  void askedForIntoAPipeProgressIsOnStderrAndTheReportIsUnchanged(@TempDir Path dir)
      throws IOException {
    String lines = jsonLines(dir, 1000).toString();
    Run plain = run(false, () -> false, "check", "--input-format", "jsonl", "--format", "json",
        "--lang", "en", lines);
    Progress.delayMillis = 0;
    Run shown = run(false, () -> false, "check", "--progress", "--input-format", "jsonl",
        "--format", "json", "--lang", "en", lines);
    assertThat(plain.err()).isEmpty();
    assertThat(shown.exitCode()).isEqualTo(plain.exitCode()).isZero();
    assertThat(shown.out()).isEqualTo(plain.out());
    // Off a terminal: a line at a time, nothing redrawn or erased; the last counts every line.
    assertThat(shown.err()).startsWith("checking").doesNotContain("\r")
        .contains(" 1000/? lines ").endsWith(" lines/s\n");
  }

  @Test
  void onATerminalProgressIsDrawnInPlaceAndClearedAtTheEnd(@TempDir Path dir) throws IOException {
    String many = files(dir, 1000).toString();
    Progress.delayMillis = 0;
    Run run = run(false, () -> true, "check", "--format", "json", "--lang", "zh", many);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{");
    // Done, the total, the time taken and left, the rate; then the line blanked out.
    assertThat(run.err()).startsWith("\r检查").contains(" 1000/1000 个文件 (0:00:")
        .contains(" 个文件/s").endsWith("\r" + " ".repeat(79) + "\r").doesNotContain("\n");
  }

  @Test
  void withoutATerminalOrWhenRefusedNoProgressIsShown(@TempDir Path dir) throws IOException {
    String lines = jsonLines(dir, 300).toString();
    Progress.delayMillis = 0;
    // Stderr a pipe.
    assertThat(run(false, () -> false, "check", "--input-format", "jsonl", "--format", "jsonl",
        lines).err()).isEmpty();
    // Refused.
    assertThat(run(false, () -> true, "check", "--no-progress", "--input-format", "jsonl",
        "--format", "jsonl", lines).err()).isEmpty();
    // The report itself goes to the terminal result by result: that is the progress.
    assertThat(run(true, () -> true, "check", "--input-format", "jsonl", lines).err()).isEmpty();
  }
}
