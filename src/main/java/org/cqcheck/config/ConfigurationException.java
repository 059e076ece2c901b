package org.cqcheck.config;

import java.util.List;

/** The configuration cannot be used; each problem names the file and line. Exit code 3. */
public class ConfigurationException extends RuntimeException {

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
