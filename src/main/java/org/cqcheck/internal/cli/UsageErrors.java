package org.cqcheck.internal.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cqcheck.internal.input.Suggestions;
import org.cqcheck.internal.report.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the reader's language. picocli names every argument it could not match: after
 * an unknown option that takes a value ({@code rules --formt json}) it called both "unknown
 * options", the value included, and it named {@code --widht=80} with its value. Here the message
 * names the option as typed, up to any '=', and the known option (or command) it resembles.
 */
final class UsageErrors {

  private UsageErrors() {}

  static String message(ParameterException e, Messages messages) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(unmatched, messages);
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return messages.get("usage.missing", missing.getMissing().stream()
          .map(UsageErrors::label).collect(Collectors.joining(", ")));
    }
    return e.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException e, Messages messages) {
    CommandSpec command = e.getCommandLine().getCommandSpec();
    List<String> arguments = e.getUnmatched();
    Optional<String> option = arguments.stream()
        .filter(a -> a.startsWith("-") && a.length() > 1 && !a.equals("--")).findFirst();
    if (option.isPresent()) {
      String name = option.get().contains("=")
          ? option.get().substring(0, option.get().indexOf('=')) : option.get();
      List<String> known = command.options().stream().filter(o -> !o.hidden())
          .flatMap(o -> List.of(o.names()).stream()).toList();
      return closest(name, known, e)
          .map(s -> messages.get("usage.unknownOptionSuggestion", name, s))
          .orElse(messages.get("usage.unknownOption", name));
    }
    String first = arguments.get(0);
    if (!command.subcommands().isEmpty() && command.positionalParameters().isEmpty()) {
      return closest(first, command.subcommands().keySet(), e)
          .map(s -> messages.get("usage.unknownCommandSuggestion", first, s))
          .orElse(messages.get("usage.unknownCommand", first));
    }
    return messages.get("usage.unexpectedArgument", first);
  }

  /**
   * The known name {@code given} is a misspelling of, or else the first of picocli's suggestions
   * (which finds {@code --width} for {@code -w}) that is one of them.
   */
  private static Optional<String> closest(String given, java.util.Collection<String> known,
      UnmatchedArgumentException e) {
    // A one-letter option is one edit from every other: no guess from spelling alone.
    Optional<String> spelt = given.length() > 2
        ? Suggestions.closest(given, known.stream().filter(k -> k.length() > 2).toList())
        : Optional.empty();
    return spelt.or(() -> e.getSuggestions().stream()
        .map(s -> s.contains(" ") ? s.substring(s.lastIndexOf(' ') + 1) : s)
        .filter(known::contains).findFirst());
  }

  private static String label(ArgSpec arg) {
    return arg.isOption() ? ((picocli.CommandLine.Model.OptionSpec) arg).longestName()
        : arg.paramLabel();
  }
}
