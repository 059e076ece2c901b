package org.cqcheck.cli;

import java.util.concurrent.Callable;
import org.cqcheck.input.ProposalSchema;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cqcheck schema}: prints the JSON Schema of proposal format 1. */
final class SchemaCommand implements Callable<Integer>, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "schema",
      "Prints the JSON Schema (draft 2020-12) of proposal format 1, for editors and other tools.");

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ProposalSchema.text());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
