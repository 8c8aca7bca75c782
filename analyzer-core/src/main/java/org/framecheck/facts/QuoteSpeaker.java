package org.framecheck.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides who spoke a quotation, looking where a reader looks: an attribution in the quotation's own
 * sentences; for a quotation that runs on from the one before (reopened without closing, or a
 * paragraph that is all quotation), that one's speaker; an attribution elsewhere in the paragraph;
 * for a short partial quote, the named subject of its sentence ("Liam Fox likened the two men to
 * 'self-obsessed schoolboys'"). A quotation in a headline follows the British convention: it gives
 * the words of someone in the story, when the story's body reports them.
 */
final class QuoteSpeaker {

    /** How close, in characters, an attribution that does not report a quote must stand to be its source. */
    private static final int ADJACENT = 12;

    /** A partial quote at most this long may belong to the named subject of its sentence. */
    private static final int PARTIAL_QUOTE_WORDS = 12;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "to", "of", "in", "on", "for", "and",
            "or", "is", "are", "be", "was", "were", "by", "at", "as", "it", "its", "with", "from", "that", "this", "will",
            "may", "has", "have", "not", "no");

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Attribution> attributions;
    private final PartsOfSpeech tags;
    private final java.util.Map<Integer, List<Attribution>> bySentence = new java.util.HashMap<>();
    private final java.util.Map<Integer, List<Attribution>> byBlock = new java.util.HashMap<>();

    QuoteSpeaker(String text, List<Token> tokens, List<Sentence> sentences, List<Attribution> attributions, PartsOfSpeech tags) {
        this.tags = tags;
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.attributions = attributions;
        for (Attribution a : attributions) {
            bySentence.computeIfAbsent(a.sentence(), k -> new java.util.ArrayList<>()).add(a);
            byBlock.computeIfAbsent(sentences.get(a.sentence()).block(), k -> new java.util.ArrayList<>()).add(a);
        }
    }

    /**
     * @param span    the quotation's marks
     * @param first   index of the sentence it opens in
     * @param last    index of the sentence it ends in
     * @param words   how many words it holds
     * @param earlier the quotations before it, linked already
     * @return the speaker as the article names them, or empty
     */
    String of(QuoteFinder.Span span, int first, int last, int words, List<Quote> earlier) {
        String speaker = inSentences(span, first, last);
        if (!speaker.isEmpty()) {
            return speaker;
        }
        Sentence sentence = sentences.get(first);
        if (sentence.heading()) {
            return inBody(span);
        }
        speaker = runOn(span, sentence, earlier);
        if (!speaker.isEmpty()) {
            return speaker;
        }
        speaker = inParagraph(span, sentence.block(), first, last);
        if (!speaker.isEmpty() || words > PARTIAL_QUOTE_WORDS) {
            return speaker;
        }
        return namedSubject(sentence, span);
    }

    /**
     * The nearest attribution in the sentences the quote spans; a speech verb beats "according to",
     * which names the channel rather than the speaker.
     */
    private String inSentences(QuoteFinder.Span span, int first, int last) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Attribution> candidates = new java.util.ArrayList<>();
        for (int s = first; s <= last; s++) {
            candidates.addAll(bySentence.getOrDefault(s, List.of()));
        }
        for (Attribution a : candidates) {
            boolean claims = a.claimStart() <= span.start() + 1 && span.contentEnd() <= a.claimEnd();
            if (a.speaker().isEmpty() || !claims && distance(a, span) > ADJACENT) {
                continue; // "…, according to state media; the 'voluntary' programme…": another clause's source
            }
            int distance = distance(a, span);
            if (a.form() == Attribution.Form.ACCORDING_TO) {
                distance += 100_000;
            }
            if (distance < bestDistance) {
                best = a;
                bestDistance = distance;
            }
        }
        return best == null ? "" : best.speaker();
    }

    private static int distance(Attribution a, QuoteFinder.Span span) {
        return a.end() <= span.start() ? span.start() - a.end() : Math.max(0, a.start() - span.end());
    }

    /**
     * A quotation that continues the one before: that one was left open in this or the previous
     * paragraph, or this one makes up the start of a paragraph with no attribution of its own
     * right after a quoted paragraph.
     */
    private String runOn(QuoteFinder.Span span, Sentence sentence, List<Quote> earlier) {
        if (earlier.isEmpty()) {
            return "";
        }
        Quote previous = earlier.get(earlier.size() - 1);
        int previousBlock = sentences.get(previous.sentence()).block();
        boolean adjacent = previousBlock == sentence.block() || previousBlock == sentence.block() - 1;
        if (!adjacent || previous.speaker().isEmpty()) {
            return "";
        }
        if (!previous.closed()) {
            return previous.speaker();
        }
        boolean opensParagraph = tokens.get(sentence.firstToken()).start() == span.start()
                && (sentence.index() == 0 || sentences.get(sentence.index() - 1).block() != sentence.block());
        boolean paragraphAttributed = byBlock.containsKey(sentence.block());
        return opensParagraph && !paragraphAttributed && previousBlock == sentence.block() - 1 ? previous.speaker() : "";
    }

    /** The nearest attribution elsewhere in the paragraph. */
    private String inParagraph(QuoteFinder.Span span, int block, int first, int last) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribution a : byBlock.getOrDefault(block, List.of())) {
            if (a.speaker().isEmpty() || a.sentence() >= first && a.sentence() <= last) {
                continue; // the quote's own sentences were looked at already
            }
            int distance = distance(a, span);
            if (distance < bestDistance) {
                best = a;
                bestDistance = distance;
            }
        }
        return best == null ? "" : best.speaker();
    }

    /** The sentence's subject when it ends in a name and stands before the quote: "Liam Fox likened…". */
    private String namedSubject(Sentence sentence, QuoteFinder.Span span) {
        int[] subject = NounPhrases.subject(tokens, sentence, tags);
        if (subject[1] <= subject[0]) {
            return "";
        }
        Token last = tokens.get(subject[1] - 1);
        Token firstWord = tokens.get(subject[0]);
        if (last.end() > span.start() || !last.capitalized() || NounPhrases.isPronoun(firstWord)
                || subject[1] - subject[0] == 1 && last.index() == sentence.firstToken()) {
            return ""; // one capitalised word opening a sentence may be any word ("However")
        }
        return text.substring(firstWord.start(), last.end());
    }

    /**
     * A headline quotation gives words the body attributes: the speaker of the first body sentence that
     * holds the quotation's words and an attribution or a quotation of its own.
     */
    private String inBody(QuoteFinder.Span span) {
        Set<String> wanted = contentWords(span.start() + 1, span.contentEnd());
        if (wanted.isEmpty()) {
            return "";
        }
        for (Sentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            Set<String> present = new HashSet<>();
            boolean quoteMark = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                present.add(t.norm());
                quoteMark |= t.kind() == Token.Kind.PUNCT && (t.norm().equals("\"") || t.norm().equals("'"));
            }
            if (!present.containsAll(wanted)) {
                continue;
            }
            for (Attribution a : byBlock.getOrDefault(s.block(), List.of())) {
                if (!a.speaker().isEmpty()) {
                    return a.speaker();
                }
            }
            if (quoteMark) {
                return "the story's source";
            }
        }
        return "";
    }

    private Set<String> contentWords(int from, int to) {
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.isWord() && !t.possessive() && !FUNCTION_WORDS.contains(t.norm())) {
                words.add(t.norm());
            }
        }
        return words;
    }
}
