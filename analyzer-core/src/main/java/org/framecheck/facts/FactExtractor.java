package org.framecheck.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.framecheck.document.Block;
import org.framecheck.document.BlockKind;
import org.framecheck.document.Document;
import org.framecheck.lexicon.Lexicon;

/**
 * Turns a document into facts: tokens, sentences, quotes, word-list matches, attributions and
 * sources. Immutable and thread-safe: one extractor serves every thread.
 */
public final class FactExtractor {

    private static final String OTHER_SIDE_MARKERS = "other-side-markers";
    /** Designation verbs ("designates", "listed as") and how many words may stand between one and the label it gives. */
    private static final String DESIGNATION_VERBS = "designation-verbs";
    private static final int DESIGNATION_REACH = 4;

    private static final Set<String> LABEL_OPENERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "so-called", "'s");

    private final TermMatcher matcher;

    /**
     * @param lexicons every word list; {@code speech-verbs} and {@code source-types} drive the
     *                 attribution and sourcing model, all of them become {@link TermMatch} facts
     */
    public FactExtractor(Collection<Lexicon> lexicons) {
        this.matcher = new TermMatcher(lexicons, java.util.Set.of(SourceClassifier.SOURCE_TYPES,
                SourceClassifier.SOURCE_ROLES, SourceClassifier.VAGUE_SOURCES));
    }

    public DocumentFacts extract(Document document) {
        String prose = document.prose();
        String text = document.text();

        List<Token> raw = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> sentenceBlocks = new ArrayList<>();
        List<QuoteFinder.Span> quoteSpans = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int b = 0; b < document.blocks().size(); b++) {
            Block block = document.blocks().get(b);
            int first = raw.size();
            Tokenizer.tokenize(prose, block.start(), block.end(), raw);
            QuoteFinder.find(prose, block.start(), block.end(), quoteSpans);
            ends.clear();
            if (raw.size() > first) {
                SentenceSplitter.split(raw, first, raw.size(), ends);
            }
            int from = first;
            boolean heading = block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TITLE;
            for (int end : ends) {
                sentences.add(new Sentence(sentences.size(), raw.get(from).start(), raw.get(end - 1).end(), from, end, b, heading));
                sentenceBlocks.add(b);
                from = end;
            }
        }
        List<Token> tokens = new ArrayList<>(raw.size());
        int words = 0;
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = raw.get(i);
                // The prose holds the file's characters except where markup encodes them (entities).
                String original = text.regionMatches(t.start(), t.text(), 0, t.text().length())
                        ? t.text() : text.substring(t.start(), t.end());
                tokens.add(new Token(t.index(), t.start(), t.end(), original, t.norm(), t.kind(), s.index()));
                if (t.isWord() && !t.possessive()) {
                    words++;
                }
            }
        }

        List<TermMatch> matches = new ArrayList<>();
        PartsOfSpeech tags = new PartsOfSpeech(tokens);
        for (Sentence s : sentences) {
            matcher.match(tokens, s.firstToken(), s.endToken(), text, matches, tags);
        }
        List<TermMatch> speechVerbs = matches.stream().filter(m -> AttributionFinder.VERB_LISTS.contains(m.list())).toList();
        List<TermMatch> typeWords = ofList(matches, SourceClassifier.SOURCE_TYPES);
        SourceClassifier classifier = new SourceClassifier(tokens, tags, typeWords, ofList(matches, SourceClassifier.VAGUE_SOURCES),
                ofList(matches, SourceClassifier.SOURCE_ROLES));

        List<Attribution> attributions = AttributionFinder.find(text, tokens, sentences, speechVerbs, quoteSpans, tags);
        attributions = new SourceModel(text, tokens, sentences, classifier,
                ofList(matches, SourceModel.CONTESTED_CLAIMS), ofList(matches, SourceModel.CONFLICT_WORDS)).resolve(attributions);
        List<Quote> quotes = quotes(text, tokens, sentences, quoteSpans, speechVerbs, attributions, tags);
        List<TermMatch> terms = withContext(matches, quotes, attributions);
        // a headline sums up whom the story rests on ("Iran says navy seized tanker"); the body gives the sources
        List<Sentence> all = sentences;
        List<Source> sources = SourceList.of(attributions.stream().filter(a -> !all.get(a.sentence()).heading()).toList(), quotes);
        Genre.Reading genre = Genre.read(document, tokens, sentences, quotes);

        String unheard = SidesHeard.unheard(tokens, sentences, typeWords, sources, quotes, attributions);
        boolean saysUnheard = !unheard.isEmpty() || matches.stream().anyMatch(m -> m.list().equals(OTHER_SIDE_MARKERS));
        Article article = new Article(document.path(), document.title(), words, sentences.size(), quotes.size(),
                attributions.size(), sources.size(), SourceList.sideCount(attributions), genre.genre(), unheard,
                SourceList.summary(sources, saysUnheard, unheard));
        sentences = withParagraphAttributions(genre.sentences(), attributions);
        return new DocumentFacts(document, article, tokens, sentences, quotes, attributions, terms, sources);
    }

    private static List<Sentence> withParagraphAttributions(List<Sentence> sentences, List<Attribution> attributions) {
        java.util.Map<Integer, Integer> perBlock = new java.util.HashMap<>();
        for (Attribution a : attributions) {
            perBlock.merge(sentences.get(a.sentence()).block(), 1, Integer::sum);
        }
        // news attributes its first paragraph (the lede) in the paragraph after it
        java.util.TreeSet<Integer> blocks = new java.util.TreeSet<>();
        sentences.stream().filter(s -> !s.heading()).forEach(s -> blocks.add(s.block()));
        Integer lede = blocks.isEmpty() ? null : blocks.first();
        Integer afterLede = lede == null ? null : blocks.higher(lede);
        List<Sentence> counted = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            boolean inLede = lede != null && s.block() == lede && !s.heading();
            counted.add(s.withParagraphAttributions(perBlock.getOrDefault(s.block(), 0),
                    inLede && afterLede != null ? perBlock.getOrDefault(afterLede, 0) : 0));
        }
        return counted;
    }

    /** "it's", "she's": a contraction, not a possessive. */
    private static boolean contraction(List<Token> tokens, int apostrophe) {
        return apostrophe > 0 && CONTRACTED.contains(tokens.get(apostrophe - 1).norm());
    }

    private static final Set<String> CONTRACTED = Set.of("it", "he", "she", "that", "there", "what", "who", "here", "where", "how");

    /** "NBC's 'Meet the Press'": a title after an outlet's short name, not a party's label. */
    private static boolean outletBefore(List<Token> tokens, int apostrophe) {
        if (apostrophe == 0) {
            return false;
        }
        String owner = tokens.get(apostrophe - 1).text();
        return owner.length() >= 2 && owner.length() <= 6 && owner.equals(owner.toUpperCase(java.util.Locale.ROOT))
                && owner.chars().allMatch(Character::isLetter);
    }

    private static List<TermMatch> ofList(List<TermMatch> matches, String list) {
        return matches.stream().filter(m -> m.list().equals(list)).toList();
    }

    /** A speech verb this many words before a quote governs it: "described Africa as a 'scar'". */
    private static final int GOVERNING_WORDS = 5;
    private static final Set<String> POSSESSIVES = Set.of("'s", "'", "its", "their", "his", "her");

    private static List<Quote> quotes(String text, List<Token> tokens, List<Sentence> sentences, List<QuoteFinder.Span> spans,
                                      List<TermMatch> speechVerbs, List<Attribution> attributions, PartsOfSpeech tags) {
        BitSet speechTokens = new BitSet();
        for (TermMatch m : speechVerbs) {
            speechTokens.set(m.firstToken(), m.lastToken() + 1);
        }
        List<QuoteFinder.Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quote> quotes = new ArrayList<>();
        for (QuoteFinder.Span span : sorted) {
            int open = tokenStartingAt(tokens, span.start());
            int close = tokenStartingAt(tokens, span.end() - 1);
            if (open < 0 || close < 0) {
                continue;
            }
            int sentence = tokens.get(open).sentence();
            int words = 0;
            for (int i = open + 1; i < (span.closed() ? close : close + 1); i++) {
                if (tokens.get(i).isWord() && !tokens.get(i).possessive()) {
                    words++;
                }
            }
            boolean governed = false;
            int seen = 0;
            for (int i = open - 1; i >= sentences.get(sentence).firstToken() && seen < GOVERNING_WORDS; i--) {
                Token t = tokens.get(i);
                if (t.norm().equals(":") && i == open - 1 || speechTokens.get(i)) {
                    governed = true;
                    break;
                }
                if (t.isWord()) {
                    seen++;
                }
            }
            boolean labelPosition = open > sentences.get(sentence).firstToken()
                    && LABEL_OPENERS.contains(tokens.get(open - 1).norm());
            boolean betweenNames = open > 0 && close + 1 < tokens.size() && tokens.get(open - 1).capitalized()
                    && tokens.get(close + 1).capitalized() && tokens.get(open - 1).sentence() == tokens.get(close + 1).sentence();
            int lastSentence = tokens.get(close).sentence();
            String speaker = new QuoteSpeaker(text, tokens, sentences, attributions, tags)
                    .of(span, sentence, lastSentence, words, quotes);
            boolean term = words <= 5 && QuoteShape.isTerm(tokens, open + 1, span.closed() ? close : close + 1);
            boolean possessed = open > sentences.get(sentence).firstToken() && POSSESSIVES.contains(tokens.get(open - 1).norm())
                    && !contraction(tokens, open - 1) && !(term && outletBefore(tokens, open - 1));
            quotes.add(new Quote(quotes.size(), span.start(), span.end(), span.start() + 1, span.contentEnd(),
                    text.substring(span.start() + 1, span.contentEnd()), sentence, words, span.marks(), governed,
                    labelPosition, betweenNames, speaker, open, close, span.closed(), possessed,
                    possessed && !tokens.get(open - 1).possessive(), term,
                    sentences.get(sentence).heading()));
        }
        return quotes;
    }

    private static int tokenStartingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Marks each match that lies in a direct quote, or in what an attribution reports. */
    private static List<TermMatch> withContext(List<TermMatch> matches, List<Quote> quotes, List<Attribution> attributions) {
        java.util.Map<Integer, List<Attribution>> bySentence = new java.util.HashMap<>();
        for (Attribution a : attributions) {
            bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
        }
        java.util.Map<Integer, List<TermMatch>> designations = new java.util.HashMap<>();
        for (TermMatch m : matches) {
            if (m.list().equals(DESIGNATION_VERBS)) {
                designations.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        List<TermMatch> result = new ArrayList<>(matches.size());
        for (TermMatch m : matches) {
            Quote inside = innermostQuote(quotes, m);
            boolean designated = designations.getOrDefault(m.sentence(), List.of()).stream()
                    .anyMatch(d -> d.lastToken() < m.firstToken() && m.firstToken() - d.lastToken() - 1 <= DESIGNATION_REACH);
            boolean reported = false;
            for (Attribution a : bySentence.getOrDefault(m.sentence(), List.of())) {
                if (a.named() && m.start() >= a.claimStart() && m.end() <= a.claimEnd()
                        && (m.end() <= a.start() || m.start() >= a.end())) {
                    reported = true;
                    break;
                }
            }
            result.add(inside == null && !reported && !designated ? m
                    : m.withContext(inside == null ? -1 : inside.index(), inside != null && inside.attributed(), reported, designated));
        }
        return result;
    }

    /** The innermost quote whose words hold the match; quotes are in order of their opening marks. */
    private static Quote innermostQuote(List<Quote> quotes, TermMatch m) {
        int lo = Sorted.firstAtOrAfter(quotes, Quote::contentStart, m.start() + 1); // the first quote opening after the match
        for (int i = lo - 1; i >= 0 && i >= lo - 8; i--) {
            if (quotes.get(i).covers(m.start(), m.end())) {
                return quotes.get(i); // the latest opening that covers it is the innermost
            }
        }
        return null;
    }
}
