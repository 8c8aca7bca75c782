package org.framecheck.document;

/** The structural role of a run of prose; rules may treat headings differently from body text. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, LIST_ITEM, BLOCK_QUOTE
}
