package org.framecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes report files so that a reader never sees half of one: each is written to a temporary file
 * beside it and moved into place, and an interrupted run leaves the previous report whole.
 */
public final class ReportWriter {

    private final List<ReportRenderer> renderers;

    public ReportWriter(List<ReportRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Writes every format into {@code directory}, creating it; returns the files written. */
    public List<Path> write(Report report, Path directory) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException("output directory is a file: " + directory);
        }
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportRenderer renderer : renderers) {
            Path target = directory.resolve(renderer.format().fileName());
            Path temp = Files.createTempFile(directory, "." + renderer.format().fileName(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    renderer.render(report, out);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            written.add(target);
        }
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
