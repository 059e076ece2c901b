package org.cqcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cqcheck.input.InputOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of {@code check} and {@code validate}, and how they are read. */
final class InputSelection {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "Proposal files (.json, .yaml, .yml), or directories searched recursively.")
  List<Path> inputs;

  @Option(names = "--strict",
      description = "Unknown fields are errors, not warnings (a misspelt field hides a figure).")
  boolean strict;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MiB",
      converter = ByteSize.class,
      description = "Refuse larger files unread: bytes, or with KiB/MiB (default: ${DEFAULT-VALUE}).")
  long maxFileBytes;

  InputOptions options() {
    return InputOptions.defaults().withStrict(strict).withMaxFileBytes(maxFileBytes);
  }

  /** "10MiB", "512KiB" or a number of bytes. */
  static final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      long factor = 1;
      if (v.endsWith("mib")) {
        factor = 1024L * 1024;
        v = v.substring(0, v.length() - 3);
      } else if (v.endsWith("kib")) {
        factor = 1024;
        v = v.substring(0, v.length() - 3);
      }
      long size = Long.parseLong(v.strip()) * factor;
      if (size <= 0) {
        throw new IllegalArgumentException("must be positive");
      }
      return size;
    }
  }
}
