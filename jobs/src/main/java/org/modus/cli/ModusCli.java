package org.modus.cli;

import java.io.PrintWriter;
import org.modus.engine.BuildInfo;
import org.modus.engine.ModusException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./modus}: the command line. Each subcommand parses and checks its arguments, builds the
 * one SparkSession, hands it to the job, and stops it in {@code finally}.
 */
@Command(
    name = "modus",
    mixinStandardHelpOptions = true,
    versionProvider = ModusCli.Version.class,
    description =
        "Strategic analysis of technology-facilitated trafficking in human beings on Spark.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      SqlCommand.class,
      GenerateSampleCommand.class,
      KeygenCommand.class,
      StageCommands.IngestAds.class,
      StageCommands.IngestCases.class,
      StageCommands.IngestAggregates.class,
      StageCommands.IngestSurvey.class,
      StageCommands.Extract.class,
      StageCommands.Trends.class,
      StageCommands.Compare.class,
      StageCommands.Report.class,
      StageCommands.ExportNotebook.class,
      DataDictionaryCommand.class,
      org.modus.extract.EvaluateExtractionCommand.class,
      org.modus.extract.TrainClassifierCommand.class,
      EvaluateScoresCommand.class,
      StatusCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ModusCli implements Runnable {
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command; try ./modus demo");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "modus "
            + BuildInfo.version()
            + " (Spark "
            + org.apache.spark.package$.MODULE$.SPARK_VERSION()
            + ", CoreNLP "
            + BuildInfo.corenlpVersion()
            + ")"
      };
    }
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ModusCli());
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("modus: " + ex.getMessage());
          err.println("Try './modus " + qualifiedName(ex.getCommandLine()) + " --help'.");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parsed) -> {
          PrintWriter err = commandLine.getErr();
          boolean verbose = Logging.verboseRequested(parsed.originalArgs().toArray(String[]::new));
          Throwable cause = rootModusCause(ex);
          if (cause instanceof ModusException) {
            err.println("modus: error: " + cause.getMessage());
            if (verbose) {
              ex.printStackTrace(err);
            }
            return EXIT_USAGE;
          }
          err.println("modus: failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
          if (verbose) {
            ex.printStackTrace(err);
          } else {
            err.println("Run again with --verbose for the full trace.");
          }
          return EXIT_FAILURE;
        });
    return cli;
  }

  /** Spark wraps exceptions thrown in tasks; the user's error is the innermost ModusException. */
  static Throwable rootModusCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ModusException) {
        return c;
      }
    }
    return t;
  }

  private static String qualifiedName(CommandLine cl) {
    String name = cl.getCommandSpec().qualifiedName(" ");
    return name.startsWith("modus") ? name.substring(5).strip() : name;
  }

  public static void main(String[] args) {
    Logging.install();
    Logging.configure(Logging.verboseRequested(args));
    int code = commandLine().execute(args);
    System.exit(code);
  }
}
