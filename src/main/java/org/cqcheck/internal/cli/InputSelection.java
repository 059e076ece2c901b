package org.cqcheck.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cqcheck.Checker;
import org.cqcheck.input.InputOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** The inputs of {@code check} and {@code validate}, and how they are read. */
final class InputSelection {

  private final CommandSpec spec;

  private final PositionalParamSpec inputs;

  private final OptionSpec strict;

  private final OptionSpec maxFileSize;

  private final OptionSpec threads;

  /** Declares the inputs (proposal or indicator report files) and the options of reading them. */
  InputSelection(CommandSpec command) {
    this(command, "Proposal or indicator report files");
  }

  /**
   * Declares the inputs and the options of reading them on {@code command}; {@code files} says
   * what the files hold ("Indicator report files").
   */
  InputSelection(CommandSpec command, String files) {
    this.spec = command;
    inputs = CommandSpecs.parameter(command, PositionalParamSpec.builder()
        .arity("1..*").required(true).paramLabel("FILE|DIR").descriptionKey("inputs")
        .type(List.class).auxiliaryTypes(Path.class)
        .description(files + " (.json, .yaml, .yml), or directories searched recursively; or"
            + " '-', alone: one such file's text (JSON or YAML) from standard input."));
    strict = CommandSpecs.flag(command, "--strict",
        "Unknown fields are errors, not warnings (a misspelt field hides a figure).");
    maxFileSize = CommandSpecs.option(command, OptionSpec.builder("--max-file-size")
        .paramLabel("SIZE").type(long.class).defaultValue("10MiB").converters(new ByteSize())
        .description("Refuse larger files unread: bytes, or with KiB/MiB (default:"
            + " ${DEFAULT-VALUE})."));
    threads = CommandSpecs.option(command, OptionSpec.builder("--threads")
        .paramLabel("N").type(Integer.class)
        .description("Read and check N files (or JSON lines) at once; results stay in input order"
            + " (default: one per core)."));
  }

  /** The files and directories given. */
  List<Path> inputs() {
    return inputs.getValue();
  }

  /** The name standard input's proposals carry in reports, as JSON Lines read from it do. */
  static final String STANDARD_INPUT = "<stdin>";

  /**
   * Whether the input is standard input: '-', which must then stand alone (a file named '-' is
   * written ./-).
   */
  boolean isStandardInput() {
    List<Path> named = inputs();
    if (!named.contains(Path.of("-"))) {
      return false;
    }
    if (named.size() > 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "'-' (standard input) must be the only input; name files and directories without it");
    }
    return true;
  }

  /**
   * Standard input, read to its end, but no further than one byte past the size limit (the reader
   * then refuses it as too large, as it does a file); or null, having said why on stderr, when it
   * cannot be read.
   */
  byte[] standardInputText() {
    long limit = options().maxFileBytes();
    try {
      return System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println("cqcheck: cannot read standard input: " + e.getMessage());
      return null;
    }
  }

  /** {@code checker}, with the number of threads asked for. */
  Checker threaded(Checker checker) {
    Integer count = threads.getValue();
    if (count == null) {
      return checker;
    }
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return checker.withThreads(count);
  }

  InputOptions options() {
    long maxFileBytes = maxFileSize.getValue();
    return InputOptions.defaults().withStrict(CommandSpecs.isSet(strict))
        .withMaxFileBytes(maxFileBytes);
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
      long size;
      try {
        // 17592186044417MiB overflowed a long and silently became 1 MiB.
        size = Math.multiplyExact(Long.parseLong(v.strip()), factor);
      } catch (ArithmeticException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is too large: at most " + Long.MAX_VALUE + " bytes");
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a size: expected a"
            + " number of bytes, or one with KiB or MiB, such as 512KiB or 10MiB");
      }
      if (size <= 0) {
        throw new IllegalArgumentException("must be positive");
      }
      return size;
    }
  }
}
