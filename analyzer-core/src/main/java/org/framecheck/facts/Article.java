package org.framecheck.facts;

/**
 * The article as a whole, for document-level rules: one per document.
 *
 * @param path         the article's path as reports show it
 * @param title        its title, or empty
 * @param words        how many words its prose holds
 * @param sentences    how many sentences
 * @param quotes       how many direct quotes
 * @param attributions how many attributions
 * @param sources      how many distinct sources
 * @param parties      how many sides the sources come from (an organisation, its statements and
 *                     its staff are one side)
 * @param genre        what kind of piece it is: {@code news}, {@code analysis}, {@code opinion},
 *                     {@code review}, {@code letters} or {@code comment} (see {@link Genre})
 * @param unheard      a party the headline or first paragraph puts at the centre that no source speaks
 *                     for ("the government" of a march against its law), or empty
 * @param sourcing     one sentence about the sources, what an editor reads first ("4 sources: 3
 *                     government, 1 state media; no independent source")
 */
public record Article(String path, String title, int words, int sentences, int quotes, int attributions, int sources,
                      int parties, String genre, String unheard, String sourcing) {

    /** True when the piece is an author's or readers' (opinion, review, letters, comment), not news. */
    public boolean opinion() {
        return Genre.isOpinion(genre);
    }
}
