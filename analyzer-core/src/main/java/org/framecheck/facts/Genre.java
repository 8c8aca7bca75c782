package org.framecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framecheck.document.Document;

/**
 * What kind of piece an article is, and which of its paragraphs speak in an author's voice rather
 * than the outlet's. Columns, reviews, letters and readers' comments judge as their genre; news does
 * not. The genre comes from, in order: the front matter or meta tags ({@code genre}, {@code type},
 * {@code kind}), the headline's label ("DVD review:", "Viewpoint:", "Your comments"), and the text
 * itself: an author or readers writing "I" and "you" outside quotation marks, which news copy never
 * does. Paragraphs in that voice after a news story (readers' comments appended to it) are opinion;
 * the story stays news.
 */
public final class Genre {

    public static final String NEWS = "news";
    public static final String ANALYSIS = "analysis";
    public static final String OPINION = "opinion";
    public static final String REVIEW = "review";
    public static final String LETTERS = "letters";
    public static final String COMMENT = "comment";

    private static final Set<String> KEYS = Set.of("genre", "type", "kind", "category", "format");

    /** Front-matter values and headline labels, and the genre each names. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("news", NEWS), Map.entry("article", NEWS), Map.entry("report", NEWS),
            Map.entry("analysis", ANALYSIS), Map.entry("explainer", ANALYSIS), Map.entry("q&a", ANALYSIS),
            Map.entry("opinion", OPINION), Map.entry("comment", OPINION), Map.entry("column", OPINION),
            Map.entry("columns", OPINION), Map.entry("editorial", OPINION), Map.entry("op-ed", OPINION),
            Map.entry("oped", OPINION), Map.entry("viewpoint", OPINION), Map.entry("commentary", OPINION),
            Map.entry("blog", OPINION), Map.entry("essay", OPINION), Map.entry("review", REVIEW),
            Map.entry("reviews", REVIEW), Map.entry("dvd review", REVIEW), Map.entry("film review", REVIEW),
            Map.entry("album review", REVIEW), Map.entry("book review", REVIEW), Map.entry("game review", REVIEW),
            Map.entry("theatre review", REVIEW), Map.entry("letters", LETTERS), Map.entry("letter", LETTERS),
            Map.entry("your comments", COMMENT), Map.entry("have your say", COMMENT),
            Map.entry("readers' comments", COMMENT), Map.entry("reader comments", COMMENT));

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "us", "we're", "we've", "ourselves");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "you're", "you've", "yourself");
    /** A piece whose body paragraphs speak this personally, by share, is an author's throughout. */
    private static final double PERSONAL_SHARE = 0.4;

    private Genre() {
    }

    /** True for the genres in which an author's or readers' judgement is the point. */
    public static boolean isOpinion(String genre) {
        return OPINION.equals(genre) || REVIEW.equals(genre) || LETTERS.equals(genre) || COMMENT.equals(genre);
    }

    /** The genre a front-matter value or headline label names, or null. */
    public static String named(String value) {
        return value == null ? null : NAMES.get(value.strip().toLowerCase(Locale.ROOT));
    }

    /** The genre the document declares, in its front matter or its headline's label, or null. */
    static String declared(Document document) {
        for (String key : KEYS) {
            for (String value : document.frontMatter().getOrDefault(key, List.of())) {
                String genre = named(value);
                if (genre != null) {
                    return genre;
                }
            }
        }
        String title = document.title().strip();
        int colon = title.indexOf(':');
        if (colon > 0 && colon <= 24) {
            String genre = named(title.substring(0, colon));
            if (genre != null) {
                return genre;
            }
        }
        return named(title);
    }

    /** The genre, and the voice of each sentence, of a document. */
    record Reading(String genre, List<Sentence> sentences) {
    }

    static Reading read(Document document, List<Token> tokens, List<Sentence> sentences, List<Quote> quotes) {
        String declared = declared(document);
        List<Boolean> personal = personalBlocks(tokens, sentences, quotes, document.blocks().size());
        int body = 0;
        int personalCount = 0;
        for (int b = 0; b < personal.size(); b++) {
            if (hasBody(sentences, b)) {
                body++;
                if (personal.get(b)) {
                    personalCount++;
                }
            }
        }
        String genre = declared;
        if (genre == null) {
            genre = body > 0 && personalCount >= 2 && personalCount >= body * PERSONAL_SHARE ? OPINION : NEWS;
        }
        boolean wholeOpinion = isOpinion(genre);
        List<Sentence> voiced = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            boolean opinion = wholeOpinion && !s.heading() || !s.heading() && personal.get(s.block());
            voiced.add(opinion ? s.withVoice(Sentence.OPINION) : s);
        }
        return new Reading(genre, voiced);
    }

    private static boolean hasBody(List<Sentence> sentences, int block) {
        return sentences.stream().anyMatch(s -> s.block() == block && !s.heading());
    }

    /**
     * Paragraphs that speak personally outside quotation marks: "I" or "my" once, or "we" and "you"
     * twice. News copy never does outside a quotation.
     */
    private static List<Boolean> personalBlocks(List<Token> tokens, List<Sentence> sentences, List<Quote> quotes, int blocks) {
        int[] first = new int[blocks];
        int[] other = new int[blocks];
        java.util.BitSet quoted = new java.util.BitSet();
        for (Quote q : quotes) {
            quoted.set(q.firstToken(), q.lastToken() + 1);
        }
        for (Sentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    continue;
                }
                boolean afterName = i > s.firstToken() && tokens.get(i - 1).capitalized();
                boolean singular = FIRST_PERSON.contains(t.norm()) && !(t.text().equals("I") && afterName); // "World War I"
                boolean plural = FIRST_PLURAL.contains(t.norm()) && !t.text().equals("US") || SECOND_PERSON.contains(t.norm());
                if ((singular || plural) && !quoted.get(i)) {
                    if (singular) {
                        first[s.block()]++;
                    } else {
                        other[s.block()]++;
                    }
                }
            }
        }
        List<Boolean> personal = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            personal.add(first[b] >= 1 || other[b] >= 2);
        }
        return personal;
    }
}
