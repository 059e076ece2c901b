package org.cqcheck.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.cqcheck.input.Problem;

/**
 * The rule set could not be loaded: a rule pack that does not compile, a rule whose metadata is
 * missing or wrong, unreadable rule data, an unsuitable Jackson. Each problem names its file and
 * line where there is one. Exit code 3.
 */
public class RuleSetException extends RuntimeException {

  private final List<Problem> problems;

  /** One problem that is not in one file. */
  public RuleSetException(String message) {
    this(List.of(Problem.of(message)), null);
  }

  /** One problem that is not in one file, caused by {@code cause}. */
  public RuleSetException(String message, Throwable cause) {
    this(List.of(Problem.of(message)), cause);
  }

  /** One problem in {@code file} (line 0 when not known). */
  public RuleSetException(String file, int line, String message) {
    this(List.of(new Problem(file, line, message)), null);
  }

  /** @param problems every problem found, each with its file and line */
  public RuleSetException(List<Problem> problems, Throwable cause) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, each with its file and line where there is one. */
  public List<Problem> problems() {
    return problems;
  }
}
