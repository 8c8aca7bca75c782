package org.framecheck.api;

import org.framecheck.document.Document;
import org.framecheck.findings.DocumentResult;

/**
 * An article's result together with the document it was read into.
 *
 * @param document the parsed document, or null when the file could not be read as text
 * @param result   the analysis result
 */
public record AnalyzedDocument(Document document, DocumentResult result) {
}
