package org.framecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a report in one format. Same report, same bytes: no clock, no absolute paths. */
public interface ReportRenderer {
    ReportFormat format();

    void render(Report report, Writer out) throws IOException;

    /**
     * Files this format writes beside its main file, by file name in the report folder, such as the
     * HTML report's rule catalog, stylesheet and script. They are staged and moved into place with it.
     */
    default List<String> companions() {
        return List.of();
    }

    /** Writes companion {@code name}, one of {@link #companions()}. */
    default void renderCompanion(String name, Report report, Writer out) throws IOException {
        throw new IllegalArgumentException(format().id() + " writes no file " + name);
    }
}
