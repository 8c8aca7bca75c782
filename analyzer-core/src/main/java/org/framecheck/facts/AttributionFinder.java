package org.framecheck.facts;

import java.util.ArrayList;
import java.util.List;
import org.framecheck.lexicon.Lemmatizer;

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
        return AttributedWords.endAtNextSpeaker(out, tokens, sentences);
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
        if (participle && BE.contains(before)) {
            // "Ecologists are warning MSPs…": a progressive, not a passive; the subject stands before "are"
            int[] subject = NounPhrases.before(tokens, v - 1, from);
            return subject[1] > subject[0] ? make(text, tokens, sentence, verb, subject, Attribution.Form.SOURCE_VERB, earlier, quotes) : null;
        }
        if (passive(tokens, v, from)) {
            return null; // "it was widely expected", "he is said to": nobody in the sentence speaks
        }
        boolean judging = verb.list().equals("loaded-attribution-verbs");
        if (before.equals("to") && judging && objectBeforeTo(tokens, tags, v - 2, from)) {
            return null; // "would prefer Turkey to admit", "wants the reporters to reveal": the object would speak
        }
        // "for" and "by" only before a judging verb: "banned for calling a referee 'a disgrace'" reports a
        // misdeed, "play a song just by saying its name" a way of doing something, not a source
        if (before.equals("to") && judging
                || CLAUSE_PREPOSITIONS.contains(before) && participle && (judging || !before.equals("for") && !before.equals("by"))) {
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
        if (np[1] > np[0] && (plainVerb(tokens, tags, np[0]) || plainVerb(tokens, tags, np[1] - 1))) {
            // "software that will help users find spyware": the words are another verb's object;
            // "can consumers stop worrying": a verb, not a speaker, stands before this one
            return null;
        }
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
        boolean inverted = previous != null && !previous.isWord() && !NEVER_INVERTED.contains(verb.term())
                && !NEVER_INVERTED.contains(Lemmatizer.lemma(verb.term())); // a list's forms: "told", "urged"
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
    static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "yet", "or");
    /** Verbs whose object is the one addressed, judged or shown: "…, told researchers" names no speaker. */
    /** A plain verb ("help", "stop"), not a participle that describes a noun ("leading economists"). */
    private static boolean plainVerb(List<Token> tokens, PartsOfSpeech tags, int i) {
        Token t = tokens.get(i);
        return !t.capitalized() && tags.tag(i).equals("verb") && !t.norm().endsWith("ing") && !t.norm().endsWith("ed");
    }

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
        int[] claim = AttributedWords.claim(tokens, sentence, Math.min(start, sourceStart), Math.max(end, sourceEnd), lastToken,
                form == Attribution.Form.ACCORDING_TO, quotes);
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

}
