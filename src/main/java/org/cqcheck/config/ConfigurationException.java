package org.cqcheck.config;

import java.util.List;
import java.util.stream.Collectors;
import org.cqcheck.input.Problem;

/** The configuration cannot be used; each problem names the file and line. Exit code 3. */
public class ConfigurationException extends RuntimeException {

  private final List<Problem> problems;

  /** @param problems every problem found, each with its file and line */
  public ConfigurationException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, each with its file and line. */
  public List<Problem> problems() {
    return problems;
  }
}
