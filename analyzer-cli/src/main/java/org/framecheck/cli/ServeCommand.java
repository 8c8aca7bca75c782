package org.framecheck.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.framecheck.server.CheckServer;
import org.framecheck.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code framecheck serve}: the live-check page and the LanguageTool-compatible API, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the live-check page (/), a LanguageTool-compatible API (/v2/check) and /api/analyze.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    FramecheckCommand parent;

    @Mixin
    ConfigOptions config;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The interface to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8081", description = "The port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", description = "A browser origin allowed to call the API, e.g. https://cms.example.org (repeatable; default none).")
    List<String> origins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1000000", description = "Larger request bodies get 413. Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--time-limit", paramLabel = "MS", defaultValue = "5000", description = "Longer analyses get 503. Default: ${DEFAULT-VALUE}.")
    long timeLimit;

    @Option(names = "--max-concurrent", paramLabel = "N", description = "Analyses run at once (default: the number of cores, at least 2).")
    Integer maxConcurrent;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = new ServerSettings(host, port, maxBody, Duration.ofMillis(timeLimit),
                maxConcurrent == null ? ServerSettings.DEFAULTS.maxConcurrent() : maxConcurrent, Set.copyOf(origins));
        CheckServer server = new CheckServer(parent.analyzer(config.settings(parent.workingDirectory())), settings);
        int bound = server.start();
        parent.out().println("framecheck: serving on http://" + host + ":" + bound + "/ (the page), /v2/check (LanguageTool clients), /api/analyze; Ctrl-C stops");
        parent.out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
