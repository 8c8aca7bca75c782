package org.framecheck.eval;

/** Whether a source type the analyzer gives agrees with the annotated one (GUIDELINES.md §4). */
final class SourceTypes {
    private SourceTypes() {
    }

    static boolean agree(String found, String annotated) {
        return found.equals(annotated);
    }
}
