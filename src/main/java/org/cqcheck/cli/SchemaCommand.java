package org.cqcheck.cli;

import java.util.concurrent.Callable;
import org.cqcheck.input.ProposalSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cqcheck schema}: prints the JSON Schema of proposal format 1. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 4,
    description = "Prints the JSON Schema (draft 2020-12) of proposal format 1, for editors and"
        + " other tools.")
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ProposalSchema.text());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
