package org.framecheck.facts;

/** A fact with a place in the document: UTF-16 offsets into the file's text, end exclusive. */
public interface Spanned {
    int start();

    int end();
}
