package org.framecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.framecheck.findings.DocumentResult;

/**
 * Writes one article's page while the run goes on, so that the report never holds every article's
 * text at once. Called from several threads at a time.
 */
public interface PageRenderer {
    void renderPage(ArticleView article, DocumentResult result, Writer out) throws IOException;
}
