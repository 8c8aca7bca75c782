package org.framecheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.framecheck.facts.PartsOfSpeech;

/** Starts {@code framecheck} in the working folder, on the process's streams. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the part-of-speech model takes as long to read as the rules: read both at once
        Thread model = new Thread(PartsOfSpeech::preload, "framecheck-pos-model");
        model.setDaemon(true);
        model.start();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new FramecheckCommand(Path.of(""), System.in, out, err).commandLine().execute(args);
        out.flush();
        System.exit(code);
    }
}
