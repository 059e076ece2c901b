package org.cqcheck.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a proposal can be written in; the one list of names and extensions. */
public enum InputFormat {
  JSON(List.of(".json")),
  YAML(List.of(".yaml", ".yml"));

  private final List<String> extensions;

  InputFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The format of {@code file}, by its extension. */
  public static Optional<InputFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (InputFormat format : values()) {
      if (format.extensions.stream().anyMatch(name::endsWith)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
