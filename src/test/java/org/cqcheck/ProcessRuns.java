package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A command run as a process to its end, with what it wrote to stdout and stderr. */
final class ProcessRuns {

  private ProcessRuns() {}

  record Result(int exitCode, String out, String err) {}

  /** Starts {@code builder}, waits up to two minutes, and returns the exit code and output. */
  static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    Path out = Files.createTempFile("cqcheck-out", ".txt");
    Path err = Files.createTempFile("cqcheck-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process finished").isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
