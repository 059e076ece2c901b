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

  /**
   * The format of a text that has no file name (standard input): JSON when its first character,
   * after a byte-order mark and white space, opens a JSON object or array; else YAML.
   */
  public static InputFormat ofContent(byte[] text) {
    int i = text.length >= 3 && (text[0] & 0xff) == 0xef && (text[1] & 0xff) == 0xbb
        && (text[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < text.length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'
        || text[i] == '\r')) {
      i++;
    }
    return i < text.length && (text[i] == '{' || text[i] == '[') ? JSON : YAML;
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
