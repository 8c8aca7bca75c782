package org.framecheck.lexicon;

import java.util.List;

/**
 * A word list: data for rules, kept apart from them so that editors can extend it.
 *
 * @param name    the list's name, which rules use ({@code TermMatch( list == "contentious-labels" )})
 * @param file    the file it was read from, as error messages name it
 * @param entries its entries, one per term form
 */
public record Lexicon(String name, String file, List<LexiconEntry> entries) {
    public Lexicon {
        entries = List.copyOf(entries);
    }
}
