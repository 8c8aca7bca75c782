package org.framecheck.facts;

import java.util.List;
import java.util.Set;

/**
 * What the words set off beside a name say about whom its bearer speaks for: an appositive after it
 * ("David Frost, director general of the British Chambers of Commerce") or a post before it and a
 * comma ("Director of Public Prosecutions, Ken Macdonald QC"). Either gives the kind of the body
 * the person serves, or null when it names none.
 */
final class NameDescriptions {

    /** How many tokens an appositive may run before it is taken for a clause. */
    private static final int REACH = 14;
    /** A relative clause says what the person does ("who sits on the SGC"), not whom they speak for. */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "which");
    private static final Set<String> LEADING = Set.of("but", "and", "the", "a", "an");
    /** Kinds of outlets and texts, which an introductory phrase names ("Speaking on BBC Radio, …"): no post. */
    private static final Set<String> NOT_POSTS = Set.of(SourceType.MEDIA, SourceType.NEWS_AGENCY, SourceType.STATE_MEDIA,
            SourceType.PARTY_MEDIA, SourceType.SOCIAL_MEDIA, SourceType.DOCUMENT, SourceType.PERSON);

    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final SourceClassifier classifier;

    NameDescriptions(List<Token> tokens, List<Sentence> sentences, SourceClassifier classifier) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.classifier = classifier;
    }

    /** The kind an appositive right after token {@code nameEnd - 1} gives, or null. */
    String after(int nameEnd) {
        int end = appositiveEnd(nameEnd);
        return end < 0 ? null : kindOf(nameEnd + 1, end);
    }

    /**
     * The kind a post set before the name with a comma gives ("But director of the Victims of Crime
     * Trust, Norman Brennan, said"; "said Secretary of the Supreme National Security Council of Iran,
     * Ali Larijani"), or null: an introductory phrase ("In a statement on Tuesday, John Smith said")
     * names no post.
     */
    String before(int nameStart) {
        int comma = nameStart - 1;
        if (comma < 1 || !tokens.get(comma).norm().equals(",")) {
            return null;
        }
        int floor = Math.max(sentences.get(tokens.get(comma).sentence()).firstToken(), comma - REACH);
        int post = -1;
        for (int i = comma - 1; i >= floor && (tokens.get(i).isWord() || tokens.get(i).possessive()); i--) {
            boolean opens = i == floor || !tokens.get(i - 1).isWord() || LEADING.contains(tokens.get(i - 1).norm())
                    || NounPhrases.isJoiner(tokens.get(i - 1));
            if (opens && isPost(i)) {
                post = i;
            }
        }
        return post < 0 ? null : kindOf(post, comma);
    }

    /** A post's word: "director", "Secretary", "Director of Public Prosecutions", not an outlet or a text. */
    private boolean isPost(int i) {
        Token t = tokens.get(i);
        String listed = classifier.listedType(i, i + 1);
        return classifier.isTagged(t, "role") || classifier.isTagged(t, "title")
                || listed != null && !NOT_POSTS.contains(listed);
    }

    /** The person speaks for a body the description {@code [from, to)} or its appositive names. */
    boolean speaksForBody(int from, int to) {
        int end = appositiveEnd(to);
        return classifier.servesBody(from, to) || end > 0 && classifier.servesBody(to + 1, end);
    }

    /**
     * The kind the words list gives; a post at a body makes its holder the body's ("William Plante,
     * director of security at Symantec", "Shauna Perry, Bioware's producer"), which is a firm unless
     * the words say otherwise.
     */
    private String kindOf(int from, int to) {
        String listed = classifier.listedType(from, to);
        if (listed == null) {
            return classifier.servesBody(from, to) || atBody(from, to) ? SourceType.COMPANY : null;
        }
        // "producer" is a person's word, but at a body a post: "Bioware's audio producer"
        return listed.equals(SourceType.PERSON) && classifier.holdsPost(from, to) && classifier.servesBody(from, to)
                ? SourceType.COMPANY : listed;
    }

    /** "chief security architect at Cisco": whatever the job, "at" a named body says whom it serves. */
    private boolean atBody(int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            int name = tokens.get(i + 1).norm().equals("the") ? i + 2 : i + 1;
            if (tokens.get(i).norm().equals("at") && name < to && tokens.get(name).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /** Where an appositive after token {@code after} ends, or -1 when no comma opens one. */
    private int appositiveEnd(int after) {
        if (after >= tokens.size() || !tokens.get(after).norm().equals(",")) {
            return -1;
        }
        int sentence = tokens.get(after).sentence();
        int end = after + 1;
        while (end < tokens.size() && end - after <= REACH && tokens.get(end).sentence() == sentence
                && !tokens.get(end).norm().equals(",") && !tokens.get(end).norm().equals(".")
                && !RELATIVES.contains(tokens.get(end).norm())) {
            end++;
        }
        return end;
    }
}
