package org.framecheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides who each attribution's source is, what kind of source it is, and which side it belongs to:
 * resolves pronouns ("he" to the person the sentence is about, "it" to the organisation last quoted),
 * types sources with word list {@code source-types}, tells people from organisations and groups an
 * organisation with its statements and staff with word list {@code source-roles}, and counts
 * attributions per source.
 */
final class SourceModel {

    static final String SOURCE_TYPES = "source-types";
    static final String SOURCE_ROLES = "source-roles";

    private static final Set<String> BODY_PRONOUNS = Set.of("it", "they");
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "hundreds", "several");
    private static final int CLAIM_WINDOW = 16;

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<TermMatch> typeMatches;
    private final List<TermMatch> roleMatches;

    /** Tokens by source-role tag ("body", "self"…), for constant-time lookups per token. */
    private final Map<String, java.util.BitSet> tagged = new HashMap<>();

    SourceModel(String text, List<Token> tokens, List<Sentence> sentences, List<TermMatch> typeMatches, List<TermMatch> roleMatches) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.typeMatches = typeMatches;
        this.roleMatches = roleMatches;
        for (TermMatch m : roleMatches) {
            tagged.computeIfAbsent(m.tag(), k -> new java.util.BitSet()).set(m.firstToken(), m.lastToken() + 1);
        }
    }

    List<Attribution> resolve(List<Attribution> attributions) {
        List<Attribution> resolved = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            String written = a.source();
            String pronoun = written.toLowerCase(Locale.ROOT);
            Attribution r;
            if (NounPhrases.SINGULAR_PRONOUNS.contains(pronoun)) {
                Antecedent antecedent = antecedent(a, resolved);
                r = a.withSource(antecedent.name().isEmpty() ? written : antecedent.name(), antecedent.type(),
                        antecedent.named(), true, false);
            } else if (BODY_PRONOUNS.contains(pronoun)) {
                Attribution body = lastBody(a, resolved);
                // "It said…" names the organisation again; whether the claim is self-serving rests on
                // what it says, so a subject's pronoun is not self-sourced by type alone.
                String type = body == null || body.sourceType().equals(SourceType.SUBJECT) ? SourceType.OTHER : body.sourceType();
                r = body == null
                        ? a.withSource(written, SourceType.OTHER, false, false, false)
                        : a.withSource(body.speaker(), type, body.named(), false, selfClaim(a));
            } else if (NounPhrases.PRONOUNS.contains(pronoun)) {
                r = a.withSource(written, SourceType.OTHER, false, false, false); // "we": nobody in particular
            } else {
                boolean named = endsInName(a.sourceStart(), a.sourceEnd()) || namesSomeoneInside(a);
                String type = classify(a.sourceStart(), a.sourceEnd(), named);
                if (hasAnonymityMarker(a)) {
                    type = SourceType.ANONYMOUS; // "…, speaking on condition of anonymity, said"
                    named = false;
                }
                if (a.belief() && type.equals(SourceType.ANONYMOUS)) {
                    type = SourceType.VAGUE; // an unnamed group's belief is a weasel, not a source of facts
                }
                boolean person = isPerson(a.sourceStart(), a.sourceEnd(), resolved);
                r = a.withSource(written, type, named, person, !person && selfClaim(a));
            }
            resolved.add(r);
        }
        return parties(resolved);
    }

    /**
     * The article's sources in order of first mention. A source's mentions count the sentences that
     * attribute something to it ("criticized the visit, saying…" is one mention), its quotes the
     * direct quotations given to it.
     */
    static List<Source> sources(List<Attribution> attributions, List<Quote> quotes) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> parties = new HashMap<>();
        Map<String, Set<Integer>> mentions = new LinkedHashMap<>();
        Map<String, List<Mention>> places = new HashMap<>();
        Map<String, String> keyBySpeaker = new HashMap<>();
        for (Attribution a : attributions) {
            if (a.speaker().isEmpty() || NounPhrases.PRONOUNS.contains(a.speaker().toLowerCase(Locale.ROOT))) {
                continue; // an unresolved pronoun names nobody a reader could check
            }
            String key = key(a.speaker());
            keyBySpeaker.put(a.speaker(), key);
            names.merge(key, a.speaker(), (x, y) -> y.length() > x.length() ? y : x);
            types.merge(key, a.sourceType(), (x, y) -> SourceType.rank(y) < SourceType.rank(x) ? y : x);
            parties.putIfAbsent(key, a.party());
            mentions.computeIfAbsent(key, k -> new TreeSet<>()).add(a.sentence());
            places.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(a.sourceStart(), a.sourceEnd()));
        }
        Map<String, Integer> quoted = new HashMap<>();
        for (Quote q : quotes) {
            String key = keyBySpeaker.get(q.speaker());
            if (key != null) {
                quoted.merge(key, 1, Integer::sum);
            }
        }
        List<Source> sources = new ArrayList<>();
        names.forEach((key, name) -> sources.add(new Source(name, types.get(key), parties.get(key),
                mentions.get(key).size(), quoted.getOrDefault(key, 0), places.get(key))));
        return sources;
    }

    /** How many sides the attributions come from. */
    static int partyCount(List<Attribution> attributions) {
        Set<String> parties = new LinkedHashSet<>();
        for (Attribution a : attributions) {
            parties.add(a.party());
        }
        return parties.size();
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

    // ---- sides --------------------------------------------------------------------------------

    /**
     * Assigns each attribution its side. A person is a side of their own, unless they hold a post in
     * an organisation ("chief executive Markus Heller", "a spokesman"), when they speak for it; an
     * organisation's descriptions, statements and pronouns ("the company", "a police statement",
     * "it") join the organisation the story has named before them, or the one last quoted; unnamed
     * people each count as a side.
     */
    private List<Attribution> parties(List<Attribution> attributions) {
        List<String> namedBodies = new ArrayList<>();
        Map<String, String> typeOfBody = new HashMap<>();
        for (Attribution a : attributions) {
            if (!a.person() && a.named() && !isPronoun(a.source())) {
                String key = bodyKey(a.speaker(), namedBodies);
                if (!namedBodies.contains(key)) {
                    namedBodies.add(key);
                    typeOfBody.put("body:" + key, a.sourceType());
                }
            }
        }
        List<Attribution> out = new ArrayList<>(attributions.size());
        Map<String, String> partyOfPerson = new HashMap<>();
        String lastBody = null;
        List<String> namedBefore = new ArrayList<>();
        for (Attribution a : attributions) {
            String party;
            boolean roleHolder = hasTag(a.sourceStart(), a.sourceEnd(), "role");
            String known = a.person() ? partyOfPerson.get(key(a.speaker())) : null;
            boolean body = !a.person() && !a.sourceType().equals(SourceType.ANONYMOUS) && !a.sourceType().equals(SourceType.VAGUE);
            if (known != null) {
                party = known; // "he", "Roper": the side given to the person before
            } else if (a.person() && !roleHolder) {
                party = "person:" + key(a.speaker());
            } else if (body && a.named() && !isPronoun(a.source())) {
                party = "body:" + bodyKey(a.speaker(), namedBodies);
                if (!namedBefore.contains(party)) {
                    namedBefore.add(party);
                }
            } else if (body || roleHolder) {
                // "the group" points back to the one organisation named so far; a lede's "an armed
                // group said" forward to the one the story names later, if it is of the same kind
                String only = namedBodies.size() == 1 ? "body:" + namedBodies.get(0) : null;
                if (namedBefore.size() == 1) {
                    party = namedBefore.get(0);
                } else if (only != null && namedBefore.isEmpty() && sameKind(a.sourceType(), typeOfBody.get(only))) {
                    party = only;
                } else if (lastBody != null) {
                    party = lastBody;
                } else {
                    party = "body:" + a.speaker().toLowerCase(Locale.ROOT);
                }
            } else {
                party = "unnamed:" + a.index();
            }
            if (party.startsWith("body:")) {
                lastBody = party;
            }
            if (a.person()) {
                partyOfPerson.putIfAbsent(key(a.speaker()), party);
            }
            out.add(a.withParty(party));
        }
        return out;
    }

    /** A description may be the organisation named later unless both kinds are known and differ. */
    private static boolean sameKind(String description, String named) {
        Set<String> unknown = Set.of(SourceType.NAMED, SourceType.OTHER);
        return description.equals(named) || unknown.contains(description) || unknown.contains(named);
    }

    /** "Meridia" and "Meridia Telecom" are one organisation: a name whose words contain another's. */
    private static String bodyKey(String name, List<String> known) {
        String key = name.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
        for (String k : known) {
            List<String> a = List.of(k.split(" "));
            List<String> b = List.of(key.split(" "));
            if (a.containsAll(b) || b.containsAll(a)) {
                return k;
            }
        }
        return key;
    }

    private static boolean isPronoun(String source) {
        return NounPhrases.PRONOUNS.contains(source.toLowerCase(Locale.ROOT));
    }

    // ---- people and organisations ----------------------------------------------------------------

    /**
     * A person: a name of two capitalised words that is no organisation ("Daniel Roper"), a title
     * before a name ("President Joseph Aoun"), a post ("the spokesman"), or a surname already given
     * to a person.
     */
    private boolean isPerson(int start, int end, List<Attribution> earlier) {
        List<Token> words = wordsIn(start, end);
        if (words.isEmpty()) {
            return false;
        }
        Token last = words.get(words.size() - 1);
        if (isTagged(last, "body") || last.norm().length() > 2 && last.text().equals(last.text().toUpperCase(Locale.ROOT))) {
            return false; // "the border service", "IRNA"
        }
        if (hasTag(start, end, "role") || hasTag(start, end, "title")) {
            return true;
        }
        if (words.get(0).norm().equals("the") || words.get(0).norm().equals("a") || words.get(0).norm().equals("an")) {
            return false; // people are not "the Houthis" or "an association"
        }
        if (words.get(0).kind() == Token.Kind.NUMBER || COUNTS.contains(words.get(0).norm())) {
            return true; // "two independents", "three residents": people, counted
        }
        if (words.size() >= 2 && last.capitalized() && words.get(words.size() - 2).capitalized()
                && !isTagged(words.get(words.size() - 2), "body")) {
            return true;
        }
        if (words.size() == 1 && last.capitalized()) {
            for (Attribution e : earlier) {
                if (e.person() && e.speaker().endsWith(" " + last.text())) {
                    return true;
                }
                if (!e.person() && e.named() && e.speaker().contains(last.text())) {
                    return false;
                }
            }
            return !claimOpensWith(last, Set.of("it", "its"));
        }
        return false;
    }

    /** "Vektra said it would…": the first words after the source refer back to it as a thing. */
    private boolean claimOpensWith(Token source, Set<String> words) {
        int seen = 0;
        for (int k = source.index() + 1; k < tokens.size() && seen < 4; k++) {
            Token t = tokens.get(k);
            if (t.sentence() != source.sentence()) {
                break;
            }
            if (t.isWord()) {
                seen++;
                if (words.contains(t.norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The claim refers back to its source ("its troops", "they had", "Police said officers…") and is
     * no plan ("would", "will"). Members after a capitalised word are another side's ("Tajik troops").
     */
    private boolean selfClaim(Attribution a) {
        int words = 0;
        boolean self = false;
        for (int k = firstTokenFrom(a.claimStart()); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (t.end() > a.claimEnd() || words >= CLAIM_WINDOW) {
                break;
            }
            words++;
            if (isTagged(t, "future")) {
                return false;
            }
            boolean pronoun = NounPhrases.PRONOUNS.contains(t.norm()) || t.norm().equals("its") || t.norm().equals("their")
                    || t.norm().equals("our") || t.norm().equals("itself") || t.norm().equals("themselves");
            boolean othersMembers = t.index() > 0 && tokens.get(t.index() - 1).capitalized(); // "Tajik troops"
            self |= isTagged(t, "self") && (pronoun || !othersMembers);
        }
        return self;
    }

    /** "Critics of the bill, including former minister Pedro Alves, say": a name inside the phrase. */
    private boolean namesSomeoneInside(Attribution a) {
        for (int k = a.firstToken(); k <= a.lastToken() && k < tokens.size(); k++) {
            if (tokens.get(k).norm().equals("including")) {
                for (int n = k + 1; n <= Math.min(a.lastToken(), k + 5); n++) {
                    if (tokens.get(n).capitalized()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words of the attribution phrase that say the source asked not to be named. */
    private boolean hasAnonymityMarker(Attribution a) {
        for (TermMatch m : typeMatches) {
            if (m.tag().equals(SourceType.ANONYMOUS) && m.start() >= a.start() && m.end() <= a.end()
                    && m.term().contains(" ") && (m.term().contains("anonymity") || m.term().contains("named")
                    || m.term().contains("identified"))) {
                return true;
            }
        }
        return false;
    }

    private boolean isTagged(Token token, String tag) {
        java.util.BitSet set = tagged.get(tag);
        return set != null && set.get(token.index());
    }

    /** Index of the first token that starts at or after {@code offset}. */
    private int firstTokenFrom(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean hasTag(int start, int end, String tag) {
        for (TermMatch m : roleMatches) {
            if (m.tag().equals(tag) && m.start() >= start && m.end() <= end) {
                return true;
            }
        }
        return false;
    }

    private List<Token> wordsIn(int start, int end) {
        List<Token> words = new ArrayList<>();
        for (int k = firstTokenFrom(start); k < tokens.size() && tokens.get(k).end() <= end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.possessive()) {
                words.add(t);
            }
        }
        return words;
    }

    // ---- antecedents ---------------------------------------------------------------------------

    private record Antecedent(String name, String type, boolean named) {
    }

    private Antecedent antecedent(Attribution a, List<Attribution> earlier) {
        for (int s = a.sentence(); s >= Math.max(0, a.sentence() - 2); s--) {
            Sentence sentence = sentences.get(s);
            int[] subject = NounPhrases.subject(tokens, sentence);
            if (subject[1] > subject[0] && tokens.get(subject[0]).capitalized()
                    && !NounPhrases.PRONOUNS.contains(tokens.get(subject[0]).norm())
                    && !NounPhrases.DETERMINERS.contains(tokens.get(subject[0]).norm())
                    && tokens.get(subject[1] - 1).end() <= a.sourceStart()) {
                int start = tokens.get(subject[0]).start();
                int end = tokens.get(subject[1] - 1).end();
                boolean named = endsInName(start, end);
                return new Antecedent(text.substring(start, end), classify(start, end, named), named);
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Attribution e = earlier.get(i);
                if (e.sentence() == s && e.named() && e.person()) {
                    return new Antecedent(e.speaker(), e.sourceType(), true);
                }
            }
        }
        return new Antecedent("", SourceType.OTHER, false);
    }

    /** The organisation an "it" or "they" refers to: the last one quoted in the two sentences before. */
    private static Attribution lastBody(Attribution a, List<Attribution> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Attribution e = earlier.get(i);
            if (e.sentence() < a.sentence() - 2) {
                break;
            }
            if (!e.person() && !isPronoun(e.speaker())) {
                return e;
            }
        }
        return null;
    }

    // ---- types -----------------------------------------------------------------------------------

    /**
     * The description's last word is a name: "Senator Ana Ruiz", "the World Health Organization". A
     * capitalised word that the source-type list knows ("Critics" opening a sentence) is no name.
     */
    private boolean endsInName(int start, int end) {
        List<Token> words = wordsIn(start, end);
        if (words.isEmpty()) {
            return false;
        }
        Token t = words.get(words.size() - 1);
        for (TermMatch m : typeMatches) {
            if (m.start() <= t.start() && m.end() >= t.end()
                    && (m.tag().equals(SourceType.ANONYMOUS) || m.tag().equals(SourceType.VAGUE))) {
                return false;
            }
        }
        boolean firstOfSentence = t.index() == 0 || tokens.get(t.index() - 1).sentence() != t.sentence();
        return t.capitalized() && !NounPhrases.PRONOUNS.contains(t.norm()) && (!firstOfSentence || words.size() == 1);
    }

    /**
     * The highest-ranked type among the source-type words in the description. Unnamed collectives
     * ("critics", "many") count only at the head of the description, so "a panel of experts" is no
     * weasel; a description that ends in a name is never anonymous or vague.
     */
    private String classify(int start, int end, boolean named) {
        String best = null;
        List<Token> words = wordsIn(start, end);
        int headEnd = words.size() > 1 ? words.get(1).end() : end;
        for (TermMatch m : typeMatches) {
            if (m.start() < start || m.end() > end) {
                continue;
            }
            boolean unnamedOnly = m.tag().equals(SourceType.ANONYMOUS) || m.tag().equals(SourceType.VAGUE)
                    || m.tag().equals(SourceType.SUBJECT);
            if (named && unnamedOnly || m.tag().equals(SourceType.VAGUE) && m.start() >= headEnd) {
                continue;
            }
            if (best == null || SourceType.rank(m.tag()) < SourceType.rank(best)) {
                best = m.tag();
            }
        }
        if (best != null) {
            return best;
        }
        for (Token w : words) {
            boolean first = w.index() == 0 || tokens.get(w.index() - 1).sentence() != w.sentence();
            if (w.capitalized() && (!first || words.size() == 1)) {
                return SourceType.NAMED;
            }
        }
        return SourceType.OTHER;
    }
}
