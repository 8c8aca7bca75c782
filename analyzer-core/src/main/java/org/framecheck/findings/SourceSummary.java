package org.framecheck.findings;

/**
 * A source as the reports list it: who the article quotes or paraphrases, and how often. The rules
 * work on the richer fact ({@code facts.Source}, with every mention's place); a result keeps only this.
 *
 * @param name     the fullest name the article gives ("US Congressman Joe Wilson")
 * @param type     the kind of source ("official", "state-media", …)
 * @param party    the key of the side it speaks for
 * @param side     the name of that side when it is another party, else empty
 * @param mentions how many sentences attribute something to it
 * @param quotes   how many direct quotations the article gives it
 */
public record SourceSummary(String name, String type, String party, String side, int mentions, int quotes) {
    public SourceSummary {
        side = side == null ? "" : side;
    }
}
