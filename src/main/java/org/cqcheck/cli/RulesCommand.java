package org.cqcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cqcheck.Checker;
import org.cqcheck.report.Language;
import org.cqcheck.report.RuleCatalogueWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cqcheck rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 4,
    description = "Lists the rules: id, edition, severity, requirement, first day in force, the"
        + " rule that supersedes it, and whether it is in force (today, or on --as-of).")
final class RulesCommand implements Callable<Integer> {

  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "List only the rules in force on DATE (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", description = "zh or en, or a tag such as zh-CN (default: the locale).")
  Language language;

  @Override
  public Integer call() throws IOException {
    Checker checker = Checker.withDefaultRules();
    PrintWriter out = spec.commandLine().getOut();
    new RuleCatalogueWriter(checker.ruleBase(),
        language != null ? language : Language.of(Locale.getDefault()))
        .writeRules(asOf, format == Format.JSON, LocalDate.now(), out);
    out.flush();
    return 0;
  }
}
