package org.framecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.framecheck.api.Analyzer;
import org.framecheck.api.ConfigurationException;
import org.framecheck.rules.FactsView;
import org.framecheck.source.ContentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code framecheck facts FILE…}: every fact the rules see in an article, for rule authors. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print every fact a rule can match in articles: sentences, tokens, quotes, attributions, sources.")
final class FactsCommand implements Callable<Integer> {
    @ParentCommand
    FramecheckCommand parent;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles (.md, .html, .txt).")
    List<Path> files;

    @Option(names = "--json", description = "Print the facts as JSON, for tools.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path cwd = parent.workingDirectory();
        Analyzer analyzer = parent.analyzer(config.settings(cwd));
        for (Path given : files) {
            Path file = cwd.resolve(given);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigurationException(given + ": cannot be read: " + e.getMessage());
            }
            String name = given.toString().replace(java.io.File.separatorChar, '/');
            ContentFormat format = ContentFormat.forFileName(name).orElse(ContentFormat.TEXT);
            FactsView view = new FactsView(analyzer.facts(analyzer.read(name, format, text)));
            parent.out().print(json ? view.json() : view.text());
            parent.out().flush();
        }
        return 0;
    }
}
