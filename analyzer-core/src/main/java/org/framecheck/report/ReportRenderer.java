package org.framecheck.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Same report, same bytes: no clock, no absolute paths. */
public interface ReportRenderer {
    ReportFormat format();

    void render(Report report, Writer out) throws IOException;
}
