package org.framecheck.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds attributions from the matches of word lists {@code speech-verbs} and
 * {@code loaded-attribution-verbs}. Entries tagged
 * {@code according} introduce a source after them ("according to X"); entries tagged
 * {@code needs-quote} ("called", "described as") count only before a quotation or in a
 * "what X called" frame, so that "she called the police" is not speech.
 */
final class AttributionFinder {

    static final java.util.Set<String> VERB_LISTS = java.util.Set.of("speech-verbs", "loaded-attribution-verbs");

    private static final java.util.Set<String> NOUN_PREPOSITIONS = java.util.Set.of("for", "of", "in", "with",
            "without", "about", "on", "at", "by", "from", "after", "over", "under", "into");

    private AttributionFinder() {
    }

    static List<Attribution> find(String text, List<Token> tokens, List<Sentence> sentences, List<TermMatch> verbs,
                                  List<QuoteFinder.Span> quotes, PartsOfSpeech tags) {
        List<Attribution> out = new ArrayList<>();
        int usedUpTo = -1;
        for (TermMatch verb : longestFirst(verbs)) {
            if (verb.firstToken() <= usedUpTo) {
                continue; // "flatly denied" and "denied" are one verb
            }
            usedUpTo = verb.lastToken();
            Sentence sentence = sentences.get(verb.sentence());
            Attribution attribution = attribution(text, tokens, sentence, verb, quotes, out, tags);
            if (attribution != null) {
                out.add(attribution);
            }
        }
        return endClaimsAtNextSpeaker(out, tokens, sentences);
    }

    /** Words that join a clause of its own after a comma: "…, and many commentators believe…". */
    private static final java.util.Set<String> CLAUSE_JOINS = java.util.Set.of("and", "but", "while", "whereas",
            "although", "though", "yet");

    /**
     * A claim that runs to the end of the sentence stops where another source takes the word in a
     * clause of its own: in "The White House will announce its budget on Monday, and many
     * commentators believe the deficit will remain…" the deficit is the commentators' claim, not the
     * White House's; in "The attack, he says, is the latest example - a by-product, he claims, of…" the
     * second verb is the outlet's word again. A source inside the claim without a clause break
     * ("Sudani said the US, which critics say…") is reported speech and stays in it.
     */
    private static List<Attribution> endClaimsAtNextSpeaker(List<Attribution> attributions, List<Token> tokens,
                                                            List<Sentence> sentences) {
        List<Attribution> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            Sentence sentence = sentences.get(a.sentence());
            int end = a.claimEnd();
            int from = Math.max(a.claimStart(), a.end()); // a parenthetical's claim also runs before it
            if (a.claimEnd() == sentence.end()) {
                for (Attribution b : attributions) {
                    // "said he appreciated the concerns, but insisted that…": the second verb is the outlet's choice again
                    boolean joined = b.form() == Attribution.Form.PARTICIPLE && b.firstToken() > sentence.firstToken()
                            && COORDINATORS.contains(tokens.get(b.firstToken() - 1).norm());
                    boolean ownClause = b.form() == Attribution.Form.SOURCE_VERB || b.form() == Attribution.Form.ACCORDING_TO || joined;
                    if (b.sentence() == a.sentence() && ownClause && b.start() > from && b.start() < end) {
                        int boundary = joined ? b.firstToken() - 1 : clauseBreakBefore(tokens, sentence, b.firstToken());
                        if (boundary >= 0 && tokens.get(boundary).start() > from) {
                            end = lastWordEndBefore(tokens, sentence, boundary, from);
                        }
                    }
                }
            }
            if (end == a.claimEnd()) {
                out.add(a);
            } else {
                Attribution.Builder b = a.toBuilder();
                b.claimEnd = end;
                out.add(b.build());
            }
        }
        return out;
    }

    /** The comma or semicolon that opens the clause starting at token {@code first} (", observers said", ", and many believe"), or -1. */
    private static int clauseBreakBefore(List<Token> tokens, Sentence sentence, int first) {
        int i = first - 1;
        if (i > sentence.firstToken() && CLAUSE_JOINS.contains(tokens.get(i).norm())) {
            i--;
        }
        if (i <= sentence.firstToken()) {
            return -1;
        }
        String mark = tokens.get(i).norm();
        return mark.equals(",") || mark.equals(";") ? i : -1;
    }

    private static int lastWordEndBefore(List<Token> tokens, Sentence sentence, int boundary, int floor) {
        for (int i = boundary - 1; i >= sentence.firstToken() && tokens.get(i).start() >= floor; i--) {
            if (tokens.get(i).isWord()) {
                return tokens.get(i).end();
            }
        }
        return floor;
    }

    private static Attribution attribution(String text, List<Token> tokens, Sentence sentence, TermMatch verb,
                                           List<QuoteFinder.Span> quotes, List<Attribution> earlier, PartsOfSpeech tags) {
        int v = verb.firstToken();
        int from = sentence.firstToken();
        int to = sentence.endToken();
        Token previous = v > from ? tokens.get(v - 1) : null;
        String before = previous != null && previous.isWord() ? previous.norm() : "";
        if (NounPhrases.NOUN_MARKERS.contains(before)) {
            return null; // "the report", "her claims": a noun
        }
        if (verb.tag().equals("according")) {
            int[] np = NounPhrases.after(tokens, verb.lastToken() + 1, to);
            return np[1] > np[0] ? make(text, tokens, sentence, verb, np, Attribution.Form.ACCORDING_TO, earlier, quotes) : null;
        }
        if (verb.tag().equals("needs-quote") && !quoteFollows(tokens, verb, to, quotes) && !inDistancingFrame(tokens, v, from)) {
            return null;
        }
        boolean participle = tokens.get(v).norm().endsWith("ing");
        if (passive(tokens, v, from)) {
            return null; // "it was widely expected", "he is said to": nobody in the sentence speaks
        }
        boolean judging = verb.list().equals("loaded-attribution-verbs");
        if (before.equals("to") && judging && objectBeforeTo(tokens, tags, v - 2, from)) {
            return null; // "would prefer Turkey to admit", "wants the reporters to reveal": the object would speak
        }
        // "for" only before a judging verb: "banned for calling a referee 'a disgrace'" reports a misdeed, not a source
        if (before.equals("to") && judging || CLAUSE_PREPOSITIONS.contains(before) && participle && (judging || !before.equals("for"))) {
            // "was forced to admit that…" (only the judging verbs: "clicking to complain" reports nothing),
            // "after admitting that…", "by claiming the manager is…", "criticised for insisting…": the sentence's subject speaks
            int[] subject = sameSubject(tokens, sentence, v, earlier, tags);
            return subject[1] > subject[0] ? make(text, tokens, sentence, verb, subject, Attribution.Form.PARTICIPLE, earlier, quotes) : null;
        }
        if (NOUN_PREPOSITIONS.contains(before)) {
            return null;
        }
        if (RELATIVES.contains(before) && v - 2 >= from) {
            // "an article that claimed…", "Blair, who insisted…": the noun before the relative pronoun speaks
            int[] head = NounPhrases.before(tokens, tokens.get(v - 2).norm().equals(",") ? v - 2 : v - 1, from);
            if (head[1] > head[0]) {
                return make(text, tokens, sentence, verb, head, Attribution.Form.SOURCE_VERB, earlier, quotes);
            }
        }
        int auxiliary = auxiliaryAcrossAside(tokens, v, from);
        if (auxiliary >= 0) {
            // "He did, however, admit that…": the subject stands before the auxiliary
            int[] subject = NounPhrases.before(tokens, auxiliary, from);
            if (subject[1] > subject[0]) {
                return make(text, tokens, sentence, verb, subject, Attribution.Form.SOURCE_VERB, earlier, quotes);
            }
        }
        int[] np = NounPhrases.before(tokens, v, from);
        if (np[1] > np[0] && !(participle && tokens.get(np[1] - 1).norm().equals(","))
                && !SourceClassifier.isAmount(tokens.get(np[1] - 1))) {
            return make(text, tokens, sentence, verb, np, Attribution.Form.SOURCE_VERB, earlier, quotes);
        }
        if (participle || COORDINATORS.contains(before)) {
            // "…, but insisted that…", "and said": the subject of the clause before
            int[] subject = sameSubject(tokens, sentence, v, earlier, tags);
            return subject[1] > subject[0] ? make(text, tokens, sentence, verb, subject, Attribution.Form.PARTICIPLE, earlier, quotes) : null;
        }
        // "…," said Larijani: the verb follows a quote or a clause, never opens the sentence ("Admit it")
        boolean inverted = previous != null && !previous.isWord() && !NEVER_INVERTED.contains(verb.term());
        int[] after = inverted ? NounPhrases.after(tokens, verb.lastToken() + 1, to) : new int[] {0, 0};
        if (after[1] > after[0] && !IMPERSONAL.contains(tokens.get(after[0]).norm())) {
            return make(text, tokens, sentence, verb, after, Attribution.Form.VERB_SOURCE, earlier, quotes);
        }
        return null;
    }

    /**
     * True when the words ending at {@code last} are a noun phrase that is the object of a verb before it
     * ("prefer Turkey", "wants the reporters"), not a phrase like "at pains" or "during negotiations".
     */
    private static boolean objectBeforeTo(List<Token> tokens, PartsOfSpeech tags, int last, int from) {
        if (last < from || !isNominal(tags.tag(last))) {
            return false;
        }
        int i = last;
        while (i - 1 >= from && (isNominal(tags.tag(i - 1)) || tags.tag(i - 1).equals("det") || tags.tag(i - 1).equals("adj")
                || tags.tag(i - 1).equals("num") || tokens.get(i - 1).possessive())) {
            i--;
        }
        return i - 1 >= from && tags.tag(i - 1).equals("verb");
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("did", "does", "do", "will", "would",
            "can", "could", "must", "may", "might", "should", "has", "have", "had");

    /**
     * The auxiliary of a verb set off from it by a comma-bounded aside ("did, however, admit", "has,
     * reluctantly, conceded"), or -1.
     */
    private static int auxiliaryAcrossAside(List<Token> tokens, int verb, int from) {
        int i = verb - 1;
        if (i < from || !tokens.get(i).norm().equals(",")) {
            return -1;
        }
        int k = i - 1;
        while (k >= from && k >= i - 4 && !tokens.get(k).norm().equals(",")) {
            k--;
        }
        return k - 1 >= from && k < i && tokens.get(k).norm().equals(",") && AUXILIARIES.contains(tokens.get(k - 1).norm()) ? k - 1 : -1;
    }

    private static boolean isNominal(String tag) {
        return tag.equals("noun") || tag.equals("propn") || tag.equals("pron");
    }

    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "be", "been", "being",
            "'s", "'re");

    /** A form of "be" before the verb, across adverbs: a passive. */
    private static boolean passive(List<Token> tokens, int verb, int from) {
        for (int i = verb - 1; i >= from && i >= verb - 3; i--) {
            Token t = tokens.get(i);
            if (BE.contains(t.norm())) {
                return true;
            }
            if (!(t.isWord() && t.norm().endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions that open a participle clause whose subject is the sentence's: "after admitting that". */
    private static final java.util.Set<String> CLAUSE_PREPOSITIONS = java.util.Set.of("after", "before", "by", "while",
            "without", "since", "when", "despite", "on", "for");

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "which", "who");
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "yet", "or");
    /** Verbs whose object is the one addressed, judged or shown: "…, told researchers" names no speaker. */
    private static final java.util.Set<String> NEVER_INVERTED = java.util.Set.of("tell", "ask", "urge", "accuse",
            "call", "call for", "describe", "termed", "dub", "labelled", "branded", "characterise", "characterize",
            "portray", "refer to", "propose", "recommend", "promise", "rule", "found", "find", "show", "welcome",
            "praise", "condemn", "reject", "defend", "blame", "hail", "question", "criticised", "criticized");

    /** Objects that follow a verb and speak for nobody: "admit it", "deny this". */
    private static final java.util.Set<String> IMPERSONAL = java.util.Set.of("it", "this", "that", "them", "him", "her", "us", "me");

    /** Verb matches in text order, the longer first where two start together. */
    private static List<TermMatch> longestFirst(List<TermMatch> verbs) {
        List<TermMatch> sorted = new ArrayList<>(verbs);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return sorted;
    }

    /** The speaker of a participle or of "… and said": an earlier attribution in the sentence, or its subject. */
    private static int[] sameSubject(List<Token> tokens, Sentence sentence, int verb, List<Attribution> earlier, PartsOfSpeech tags) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Attribution a = earlier.get(i);
            if (a.sentence() != sentence.index()) {
                break;
            }
            if (nested(a, earlier, i)) {
                continue; // "Mr Blair acknowledged some people believed…, but said": Blair said it, not "some people"
            }
            int startToken = tokenAt(tokens, sentence, a.sourceStart());
            int endToken = tokenAt(tokens, sentence, a.sourceEnd() - 1) + 1;
            if (startToken >= 0 && endToken > startToken) {
                return new int[] {startToken, endToken};
            }
        }
        int[] subject = NounPhrases.subject(tokens, sentence, tags);
        return subject[1] <= verb ? subject : new int[] {0, 0};
    }

    /** True when an earlier attribution of the same sentence reports attribution {@code i}: its speaker is quoted, not the subject. */
    private static boolean nested(Attribution a, List<Attribution> earlier, int i) {
        for (int k = i - 1; k >= 0 && earlier.get(k).sentence() == a.sentence(); k--) {
            Attribution outer = earlier.get(k);
            if (a.start() >= outer.claimStart() && a.start() < outer.claimEnd() && a.start() >= outer.end()) {
                return true;
            }
        }
        return false;
    }

    private static int tokenAt(List<Token> tokens, Sentence sentence, int offset) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean quoteFollows(List<Token> tokens, TermMatch verb, int to, List<QuoteFinder.Span> quotes) {
        int limit = Math.min(to, verb.lastToken() + 11); // "described the decision to enter politics as a 'coin toss'"
        int from = tokens.get(verb.lastToken()).end();
        int until = limit > verb.lastToken() + 1 ? tokens.get(limit - 1).end() : from;
        for (QuoteFinder.Span q : quotes) {
            if (q.start() >= from && q.start() <= until) {
                return true;
            }
        }
        return false;
    }

    /** "what he called", "what officials described as": a distancing frame. */
    private static boolean inDistancingFrame(List<Token> tokens, int verb, int from) {
        for (int i = verb - 1; i >= Math.max(from, verb - 5); i--) {
            String w = tokens.get(i).norm();
            if (w.equals("what") || w.equals("which")) {
                return true;
            }
        }
        return false;
    }

    private static Attribution make(String text, List<Token> tokens, Sentence sentence, TermMatch verb, int[] np,
                                    Attribution.Form form, List<Attribution> earlier, List<QuoteFinder.Span> quotes) {
        Token first = tokens.get(np[0]);
        Token last = tokens.get(np[1] - 1);
        int sourceStart = first.start();
        int sourceEnd = last.end();
        String source = text.substring(sourceStart, sourceEnd);
        int start;
        int end;
        switch (form) {
            case SOURCE_VERB -> {
                start = sourceStart;
                end = verb.end();
            }
            case PARTICIPLE -> {
                start = verb.start();
                end = verb.end();
            }
            default -> {
                start = verb.start();
                end = sourceEnd;
            }
        }
        int firstToken = form == Attribution.Form.SOURCE_VERB ? np[0] : verb.firstToken();
        int lastToken = switch (form) {
            case SOURCE_VERB, PARTICIPLE -> verb.lastToken();
            default -> np[1] - 1;
        };
        int[] claim = claim(tokens, sentence, Math.min(start, sourceStart), Math.max(end, sourceEnd), lastToken, quotes);
        Attribution.Builder b = new Attribution.Builder();
        b.index = earlier.size();
        b.sentence = sentence.index();
        b.start = start;
        b.end = end;
        b.firstToken = firstToken;
        b.lastToken = lastToken;
        b.verb = verb.text();
        b.verbStart = verb.start();
        b.verbEnd = verb.end();
        b.form = form;
        b.belief = verb.tag().equals("belief");
        b.source = source;
        b.sourceStart = sourceStart;
        b.sourceEnd = sourceEnd;
        b.speaker = source;
        b.claimStart = claim[0];
        b.claimEnd = claim[1];
        return b.build();
    }

    /** Words that open a trailing adverbial after a closing attribution: "…, the group said on Thursday." */
    private static final java.util.Set<String> TRAILING = java.util.Set.of("on", "in", "at", "late", "earlier",
            "last", "this", "after", "during", "via", "through", "from", "to", "when", "while", "before", "yesterday",
            "today", "tonight", "overnight", "recently", "again", "too", "also");

    /**
     * The attributed words: a quotation right after or right before the attribution; else, for an
     * attribution that opens the sentence or is followed by a clause ("Sudani said Iraq seeks…",
     * "which he said has helped…"), the rest of the sentence; for one that closes it ("…, the group
     * reported on Thursday."), the words before it.
     */
    private static int[] claim(List<Token> tokens, Sentence sentence, int start, int end, int lastToken,
                               List<QuoteFinder.Span> quotes) {
        for (QuoteFinder.Span q : quotes) {
            if (q.end() <= sentence.start() || q.start() >= sentence.end()) {
                continue; // a quotation in another paragraph or sentence is not this attribution's
            }
            boolean after = q.start() >= end && wordsBetween(tokens, sentence, end, q.start()) <= 2;
            boolean before = q.end() <= start && start - q.end() <= 4;
            if (after || before) {
                return new int[] {q.start() + 1, q.contentEnd()};
            }
        }
        boolean opensSentence = true;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).start() < start; i++) {
            if (tokens.get(i).isWord()) {
                opensSentence = false;
                break;
            }
        }
        if (!opensSentence && parenthetical(tokens, sentence, start, lastToken)) {
            return new int[] {sentence.start(), sentence.end()}; // "Before now, he said, Apple has been seen as…"
        }
        if (opensSentence || !closesSentence(tokens, sentence, lastToken)) {
            int from = lastToken + 1 < sentence.endToken() ? tokens.get(lastToken + 1).start() : sentence.end();
            return new int[] {Math.min(from, sentence.end()), sentence.end()};
        }
        int claimEnd = sentence.start();
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= start; i++) {
            if (tokens.get(i).isWord()) {
                claimEnd = tokens.get(i).end();
            }
        }
        return new int[] {sentence.start(), claimEnd};
    }

    /** How many words stand between offsets {@code from} and {@code to} in the sentence: "said on Friday: '…'" has two. */
    private static int wordsBetween(List<Token> tokens, Sentence sentence, int from, int to) {
        int words = 0;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && t.isWord() && !t.norm().equals("that")) {
                words++;
            }
        }
        return words;
    }

    /** The attribution stands between commas inside the sentence, words on both sides: "But, he added, the console…". */
    private static boolean parenthetical(List<Token> tokens, Sentence sentence, int start, int lastToken) {
        int before = -1;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= start; i++) {
            before = i;
        }
        int after = lastToken + 1;
        return before >= 0 && tokens.get(before).norm().equals(",")
                && after + 1 < sentence.endToken() && tokens.get(after).norm().equals(",") && tokens.get(after + 1).isWord();
    }

    /** Nothing but punctuation or a short adverbial ("on Thursday", "in a statement") follows. */
    private static boolean closesSentence(List<Token> tokens, Sentence sentence, int lastToken) {
        int next = lastToken + 1;
        if (next >= sentence.endToken() || !tokens.get(next).isWord()) {
            return true;
        }
        int words = 0;
        for (int i = next; i < sentence.endToken(); i++) {
            if (tokens.get(i).isWord()) {
                words++;
            } else if (!tokens.get(i).norm().equals("'s")) {
                break;
            }
        }
        return words <= 5 && TRAILING.contains(tokens.get(next).norm());
    }
}
