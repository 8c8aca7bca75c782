package org.framecheck.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks a content directory for article files. It only reads directory listings: it never opens,
 * creates or changes anything inside the content directory.
 */
public final class ContentScanner {

    private final Set<ContentFormat> formats;
    private final Set<Path> skipped;

    /**
     * @param formats the formats to collect
     * @param skipped directories never to enter (the report output directory, for example)
     */
    public ContentScanner(Set<ContentFormat> formats, Set<Path> skipped) {
        this.formats = Set.copyOf(formats);
        this.skipped = skipped.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static ContentScanner allFormats() {
        return new ContentScanner(EnumSet.allOf(ContentFormat.class), Set.of());
    }

    /**
     * The article files below {@code root}, sorted by relative path. Hidden files and folders
     * (names starting with a dot) are left out; problems with single entries (an unreadable folder,
     * a symbolic-link loop) are passed to {@code warnings} and the walk goes on.
     */
    public List<ContentItem> scan(Path root, Consumer<String> warnings) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new IOException("content directory does not exist or is not a directory: " + root);
        }
        // An unreadable content folder is a configuration error, not one skipped entry: fail before
        // anything is analysed or written. (Opening it is the only reliable test; root ignores modes.)
        try (var listing = Files.newDirectoryStream(base)) {
            listing.iterator().hasNext();
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            throw new IOException("content directory cannot be read: " + root);
        }
        List<ContentItem> items = new ArrayList<>();
        Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(base) && (isHidden(dir) || skipped.contains(dir.toAbsolutePath().normalize()))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() && !isHidden(file)) {
                    // Following links, the walk only sees a link's own attributes when its target is missing.
                    warnings.accept(relative(base, file) + ": skipped: broken symbolic link");
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile() && !isHidden(file)) {
                    ContentFormat.forFileName(file.getFileName().toString())
                            .filter(formats::contains)
                            .ifPresent(format -> items.add(new ContentItem(file, relative(base, file), format)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why = e instanceof FileSystemLoopException ? "symbolic-link loop" : "cannot be read (" + TextDecoder.describe(e) + ")";
                warnings.accept(relative(base, file) + ": skipped: " + why);
                return FileVisitResult.CONTINUE;
            }
        });
        items.sort(Comparator.comparing(ContentItem::path));
        return List.copyOf(items);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
