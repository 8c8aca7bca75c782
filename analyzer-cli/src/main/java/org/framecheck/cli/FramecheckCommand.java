package org.framecheck.cli;

import org.framecheck.config.Settings;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.framecheck.api.Analyzer;
import org.framecheck.api.ConfigurationException;
import org.framecheck.api.ToolVersion;
import org.framecheck.rules.RuleSet;
import org.framecheck.rules.RuleSetException;
import org.framecheck.rules.RuleSetLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code framecheck}: the command's entry, holding what its subcommands share (folders and streams). */
@Command(name = "framecheck", mixinStandardHelpOptions = true, versionProvider = FramecheckCommand.Version.class,
        description = "Finds framing devices in news text: loaded words, distancing attributions, weak sourcing.",
        subcommands = {CheckCommand.class, ReportCommand.class, FactsCommand.class, TestRulesCommand.class, ServeCommand.class,
                       CommandLine.HelpCommand.class})
final class FramecheckCommand {
    private final Path workingDirectory;
    private final InputStream stdin;
    private final PrintWriter out;
    private final PrintWriter err;

    FramecheckCommand(Path workingDirectory, InputStream stdin, PrintWriter out, PrintWriter err) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    InputStream stdin() {
        return stdin;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The built-in rules with the configuration's house rules and selection. */
    Analyzer analyzer(Settings settings) throws ConfigurationException, RuleSetException {
        RuleSet rules = RuleSetLoader.load(settings.ruleDirectories());
        try {
            return new Analyzer(settings.selection().applyTo(rules));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException((settings.file() == null ? "" : settings.file() + ": ") + e.getMessage());
        }
    }

    /** The command line, with errors as one line each and the exit codes the help lists. */
    CommandLine commandLine() {
        CommandLine cli = new CommandLine(this);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof RuleSetException rules && !rules.problems().isEmpty()) {
                rules.problems().forEach(p -> err.println("framecheck: " + p));
            } else if (e instanceof ConfigurationException || e instanceof RuleSetException) {
                err.println("framecheck: " + e.getMessage());
            } else {
                err.println("framecheck: " + e);
            }
            err.flush();
            return e instanceof ConfigurationException || e instanceof RuleSetException ? 2 : 3;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"framecheck " + ToolVersion.get()};
        }
    }
}
