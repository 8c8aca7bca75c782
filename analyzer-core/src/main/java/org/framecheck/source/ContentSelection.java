package org.framecheck.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The articles a run analyses: the files asked for by name, or every article file of the content
 * folders that the include and exclude patterns let through, sorted by the path reports show.
 */
public final class ContentSelection {

    private ContentSelection() {
    }

    /**
     * @param folders  the content folders; with more than one, each article's path starts with its folder's name
     * @param files    files asked for by name (then the folders only name their paths), or empty for all
     * @param includes include patterns, relative to a content folder (empty: every article)
     * @param excludes exclude patterns
     * @param ours     folders that hold framecheck's own output (reports, cache), never read as articles
     * @param warnings receives a line for each file that cannot be read
     */
    public static List<ContentItem> of(List<Path> folders, List<Path> files, List<String> includes, List<String> excludes,
                                       Set<Path> ours, Consumer<String> warnings) throws IOException {
        if (!files.isEmpty()) {
            List<ContentItem> items = new ArrayList<>();
            for (Path file : files) {
                ContentFormat format = ContentFormat.forFileName(file.getFileName().toString()).orElse(ContentFormat.TEXT);
                items.add(new ContentItem(file, relativePath(folders, file), format));
            }
            return items;
        }
        ContentScanner scanner = new ContentScanner(EnumSet.allOf(ContentFormat.class), ours);
        PathFilter filter = new PathFilter(includes, excludes);
        List<ContentItem> items = new ArrayList<>();
        boolean prefix = folders.size() > 1;
        for (Path dir : folders) {
            for (ContentItem item : scanner.scan(dir, warnings)) {
                if (!filter.accepts(Path.of(item.path()))) {
                    continue;
                }
                String path = prefix ? dir.toAbsolutePath().normalize().getFileName() + "/" + item.path() : item.path();
                items.add(new ContentItem(item.file(), path, item.format()));
            }
        }
        items.sort(Comparator.comparing(ContentItem::path));
        return items;
    }

    /** A file named on its own is shown relative to the content folder it lies in, else by its name. */
    private static String relativePath(List<Path> folders, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir : folders) {
            Path base = dir.toAbsolutePath().normalize();
            if (absolute.startsWith(base)) {
                return base.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.getFileName().toString();
    }
}
