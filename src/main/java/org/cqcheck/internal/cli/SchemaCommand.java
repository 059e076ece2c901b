package org.cqcheck.internal.cli;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.cqcheck.internal.input.IndicatorReportSchema;
import org.cqcheck.internal.input.ProposalSchema;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code cqcheck schema}: prints the JSON Schema of proposal format 1, or with {@code
 * --indicator-report} that of indicator report format 1. An editor given it should
 * judge a proposal as cqcheck does: by default an unknown field is a warning, which a schema cannot
 * express, so the schema printed allows unknown fields (an editor still completes the known
 * ones); with --strict, which makes them errors, it refuses them ({@code additionalProperties:
 * false}), as the schema cqcheck validates with does.
 */
final class SchemaCommand implements Callable<Integer>, CqcheckCommand.Subcommand {

  private final CommandSpec spec = CommandSpecs.command(this, "schema",
      "Prints the JSON Schema (draft 2020-12) of proposal format 1, or of indicator report format"
          + " 1, for editors and other tools.",
      "Unknown fields are allowed, as cqcheck only warns of them; --strict refuses them.");

  private final OptionSpec file = CommandSpecs.flag(spec, "--file",
      "Print the schema of a proposal file instead: one proposal or a list of them. It refers to"
          + " the proposal schema by its $id.");

  private final OptionSpec indicatorReport = CommandSpecs.flag(spec, "--indicator-report",
      "Print the schema of an indicator report (kind: indicator-report) instead.");

  private final OptionSpec strict = CommandSpecs.flag(spec, "--strict",
      "Refuse unknown fields (additionalProperties: false), as check --strict does.");

  // Read by Main: the language of the help and of usage errors.
  private final OptionSpec language = CommandSpecs.language(spec);

  /** A line that refuses unknown fields, with the comma that joins it to its neighbours. */
  private static final Pattern REFUSES_UNKNOWN_FIELDS = Pattern.compile(
      "\\n[ ]*\"additionalProperties\": false,|,\\n[ ]*\"additionalProperties\": false(?=\\n)");

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    if (CommandSpecs.isSet(file) && CommandSpecs.isSet(indicatorReport)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--file and --indicator-report cannot be given together");
    }
    String schema;
    if (CommandSpecs.isSet(file)) {
      schema = ProposalSchema.fileText();
    } else if (CommandSpecs.isSet(indicatorReport)) {
      schema = CommandSpecs.isSet(strict) ? IndicatorReportSchema.text()
          : allowingUnknownFields(IndicatorReportSchema.text());
    } else {
      schema = CommandSpecs.isSet(strict) ? ProposalSchema.text() : allowingUnknownFields();
    }
    spec.commandLine().getOut().print(schema);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The proposal schema cqcheck validates with, less every {@code additionalProperties: false}. */
  static String allowingUnknownFields() {
    return allowingUnknownFields(ProposalSchema.text());
  }

  /** {@code schema} less every {@code additionalProperties: false}. */
  static String allowingUnknownFields(String schema) {
    return REFUSES_UNKNOWN_FIELDS.matcher(schema).replaceAll("");
  }
}
