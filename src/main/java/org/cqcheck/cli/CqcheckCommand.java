package org.cqcheck.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cqcheck.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: its subcommands do the work. */
@Command(
    name = "cqcheck",
    mixinStandardHelpOptions = true,
    versionProvider = CqcheckCommand.Version.class,
    exitCodeOnInvalidInput = 4,
    description = {
      "Checks industrial project proposals against Chongqing's industrial-policy targets.",
      "检查工业项目申报是否符合重庆市工业政策目标。"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no FAIL and no ERROR",
      "1:at least one proposal FAILs a policy target (or WARNs, with --fail-on warn)",
      "2:at least one input could not be read, parsed or validated, or no proposal was found",
      "3:the rule set or configuration could not be loaded",
      "4:usage error: unknown option or bad argument"
    })
public final class CqcheckCommand implements Runnable {

  /**
   * The subcommands, by name. Registered by {@link Main}: only the one a run names, when it names
   * one, since building picocli's model of every command is a good part of start-up.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("check", CheckCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("rules", RulesCommand::new);
    commands.put("explain", ExplainCommand::new);
    commands.put("test", TestCommand::new);
    commands.put("schema", SchemaCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cqcheck " + Checker.version()};
    }
  }
}
