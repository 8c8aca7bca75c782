package org.framecheck.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides who each attribution's source is and what kind: resolves pronouns to the person the
 * sentence (or the story so far) is about, types sources with word list {@code source-types}, and
 * counts attributions per source.
 */
final class SourceModel {

    static final String SOURCE_TYPES = "source-types";

    private SourceModel() {
    }

    static List<Attribution> resolve(String text, List<Token> tokens, List<Sentence> sentences,
                                     List<Attribution> attributions, List<TermMatch> typeMatches) {
        List<Attribution> resolved = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            String written = a.source();
            String speaker = written;
            String type;
            String pronoun = written.toLowerCase(Locale.ROOT);
            boolean named;
            if (NounPhrases.SINGULAR_PRONOUNS.contains(pronoun)) {
                Antecedent antecedent = antecedent(text, tokens, sentences, a, resolved, typeMatches);
                if (!antecedent.name().isEmpty()) {
                    speaker = antecedent.name();
                }
                type = antecedent.type();
                named = antecedent.named();
            } else if (NounPhrases.PRONOUNS.contains(pronoun)) {
                type = SourceType.OTHER; // "they", "we": somebody speaks, but nobody in particular
                named = false;
            } else {
                named = endsInName(tokens, a.sourceStart(), a.sourceEnd(), typeMatches);
                type = classify(text, a.sourceStart(), a.sourceEnd(), typeMatches, named);
            }
            resolved.add(a.withSource(speaker, type, named));
        }
        return resolved;
    }

    /**
     * The article's sources in order of first mention. A source's mentions count the sentences that
     * attribute something to it ("criticized the visit, saying…" is one mention), its quotes the
     * direct quotations given to it.
     */
    static List<Source> sources(List<Attribution> attributions, List<Quote> quotes) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, java.util.Set<Integer>> sentences = new LinkedHashMap<>();
        Map<String, String> keyBySpeaker = new java.util.HashMap<>();
        for (Attribution a : attributions) {
            if (a.speaker().isEmpty() || NounPhrases.PRONOUNS.contains(a.speaker().toLowerCase(Locale.ROOT))) {
                continue; // an unresolved pronoun names nobody a reader could check
            }
            String key = key(a.speaker());
            keyBySpeaker.put(a.speaker(), key);
            names.merge(key, a.speaker(), (x, y) -> y.length() > x.length() ? y : x);
            types.merge(key, a.sourceType(), (x, y) -> SourceType.rank(y) < SourceType.rank(x) ? y : x);
            sentences.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(a.sentence());
        }
        Map<String, Integer> quoted = new java.util.HashMap<>();
        for (Quote q : quotes) {
            String key = keyBySpeaker.get(q.speaker());
            if (key != null) {
                quoted.merge(key, 1, Integer::sum);
            }
        }
        List<Source> sources = new ArrayList<>();
        names.forEach((key, name) -> sources.add(new Source(name, types.get(key), sentences.get(key).size(),
                quoted.getOrDefault(key, 0))));
        return sources;
    }

    /** Groups "US Congressman Joe Wilson" with "Wilson"; leaves "the Iraqi government" whole. */
    private static String key(String speaker) {
        String s = speaker.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")) {
            return lower.substring(lower.indexOf(' ') + 1);
        }
        String last = s.substring(s.lastIndexOf(' ') + 1);
        if (!last.isEmpty() && Character.isUpperCase(last.codePointAt(0))) {
            String surname = last.toLowerCase(Locale.ROOT);
            return surname.startsWith("al-") ? surname.substring(3) : surname;
        }
        return lower;
    }

    private record Antecedent(String name, String type, boolean named) {
    }

    /**
     * The description's last word is a name: "Senator Ana Ruiz", "the World Health Organization". A
     * capitalised word that the source-type list knows ("Critics" opening a sentence) is no name.
     */
    private static boolean endsInName(List<Token> tokens, int start, int end, List<TermMatch> typeMatches) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.end() <= end && t.start() >= start && t.isWord() && !t.possessive()) {
                for (TermMatch m : typeMatches) {
                    if (m.start() <= t.start() && m.end() >= t.end()
                            && (m.tag().equals(SourceType.ANONYMOUS) || m.tag().equals(SourceType.VAGUE))) {
                        return false;
                    }
                }
                boolean firstOfSentence = i == 0 || tokens.get(i - 1).sentence() != t.sentence();
                return t.capitalized() && !firstOfSentence && !NounPhrases.PRONOUNS.contains(t.norm())
                        || t.capitalized() && firstOfSentence && t.start() == start && t.end() == end;
            }
            if (t.end() <= start) {
                break;
            }
        }
        return false;
    }

    private static Antecedent antecedent(String text, List<Token> tokens, List<Sentence> sentences, Attribution a,
                                         List<Attribution> earlier, List<TermMatch> typeMatches) {
        for (int s = a.sentence(); s >= Math.max(0, a.sentence() - 2); s--) {
            Sentence sentence = sentences.get(s);
            int[] subject = NounPhrases.subject(tokens, sentence);
            if (subject[1] > subject[0] && tokens.get(subject[0]).capitalized()
                    && !NounPhrases.PRONOUNS.contains(tokens.get(subject[0]).norm())
                    && !NounPhrases.DETERMINERS.contains(tokens.get(subject[0]).norm())
                    && tokens.get(subject[1] - 1).end() <= a.sourceStart()) {
                int start = tokens.get(subject[0]).start();
                int end = tokens.get(subject[1] - 1).end();
                boolean named = endsInName(tokens, start, end, typeMatches);
                return new Antecedent(text.substring(start, end), classify(text, start, end, typeMatches, named), named);
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Attribution e = earlier.get(i);
                if (e.sentence() == s && e.named()) {
                    return new Antecedent(e.speaker(), e.sourceType(), true);
                }
            }
        }
        return new Antecedent("", SourceType.OTHER, false);
    }

    private static String classify(String text, int start, int end, List<TermMatch> typeMatches, boolean named) {
        String best = null;
        for (TermMatch m : typeMatches) {
            boolean unnamedOnly = m.tag().equals(SourceType.ANONYMOUS) || m.tag().equals(SourceType.VAGUE);
            if (m.start() >= start && m.end() <= end && !(named && unnamedOnly)
                    && (best == null || SourceType.rank(m.tag()) < SourceType.rank(best))) {
                best = m.tag();
            }
        }
        if (best != null) {
            return best;
        }
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i)) && (i == start || text.charAt(i - 1) == ' ') && i > start) {
                return SourceType.NAMED;
            }
        }
        return start < end && Character.isUpperCase(text.charAt(start)) && !text.substring(start, end).contains(" ")
                ? SourceType.NAMED : SourceType.OTHER;
    }
}
