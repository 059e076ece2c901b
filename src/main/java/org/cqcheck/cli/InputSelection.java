package org.cqcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cqcheck.Checker;
import org.cqcheck.input.InputOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs of {@code check} and {@code validate}, and how they are read. */
final class InputSelection {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

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

  @Option(names = "--threads", paramLabel = "N",
      description = "Read and check N files (or JSON lines) at once; results stay in input order"
          + " (default: one per core).")
  Integer threads;

  /** {@code checker}, with the number of threads asked for. */
  Checker threaded(Checker checker) {
    if (threads == null) {
      return checker;
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return checker.withThreads(threads);
  }

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
