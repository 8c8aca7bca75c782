package org.framecheck.cli;

import org.framecheck.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.framecheck.api.ConfigurationException;
import org.framecheck.source.ContentFormat;
import org.framecheck.source.ContentItem;
import org.framecheck.source.ContentScanner;
import org.framecheck.source.PathFilter;

/**
 * The articles named on the command line: files as given, folders walked for every format framecheck
 * reads (with the settings' include and exclude globs, relative to the folder). Paths are shown relative
 * to the working folder where they lie below it, so that annotations and SARIF place them in the
 * repository.
 */
final class Inputs {
    /** The path that stands for standard input. */
    static final String STDIN = "-";

    private Inputs() {
    }

    static List<ContentItem> collect(List<String> paths, Settings settings, Path workingDirectory, Consumer<String> warnings)
            throws ConfigurationException {
        List<ContentItem> items = new ArrayList<>();
        for (String given : paths) {
            if (given.equals(STDIN)) {
                continue;
            }
            Path path = workingDirectory.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                PathFilter filter = new PathFilter(settings.includes(), settings.excludes());
                try {
                    for (ContentItem found : ContentScanner.allFormats().scan(path, warnings)) {
                        if (filter.accepts(Path.of(found.path()))) {
                            items.add(new ContentItem(found.file(), shown(found.file(), workingDirectory), found.format()));
                        }
                    }
                } catch (IOException e) {
                    throw new ConfigurationException(given + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                ContentFormat format = ContentFormat.forFileName(path.getFileName().toString()).orElseThrow(() ->
                        new ConfigurationException(given + ": not an article framecheck reads (.md, .markdown, .html, .htm, .txt)"));
                items.add(new ContentItem(path, shown(path, workingDirectory), format));
            } else {
                throw new ConfigurationException(given + ": no such file or folder");
            }
        }
        return items;
    }

    private static String shown(Path file, Path workingDirectory) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(java.io.File.separatorChar, '/');
    }
}
