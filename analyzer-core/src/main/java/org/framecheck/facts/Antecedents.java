package org.framecheck.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the party a mention refers to, the way a reader does: "he" and "she" to the person the
 * story last named as subject or speaker, "it" and "they" to the organisation last quoted, a surname
 * to the person named in full before ("Ms Hewitt" to "Trade and Industry Secretary Patricia
 * Hewitt"), an unnamed description to the organisation of the same kind named before or in the same
 * sentence ("the firm" to Cairn Energy, "the Lebanese militant group" to Hezbollah), and an unnamed
 * spokesperson to the organisation they speak for.
 */
final class Antecedents {

    /**
     * The party a mention refers to.
     *
     * @param key    groups every mention of one party
     * @param name   the fullest name the story gives
     * @param type   its kind
     * @param side   the side it speaks for: the organisation of a spokesperson or post holder
     */
    record Party(String key, String name, String type, boolean named, boolean person, boolean vague, boolean armed,
                 String side) {
    }

    /** How far back, in sentences, a pronoun or a description looks for what it refers to. */
    private static final int PRONOUN_REACH = 2;
    private static final int DESCRIPTION_REACH = 12;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "al", "bin", "van", "von", "del", "la", "le");

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final SourceClassifier classifier;
    private final NameDescriptions names;
    /** Surname to the tokens where it ends a full name ("Ali Larijani"), built on first use. */
    private java.util.Map<String, List<Integer>> fullNames;

    Antecedents(String text, List<Token> tokens, List<Sentence> sentences, SourceClassifier classifier,
                NameDescriptions names) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.classifier = classifier;
        this.names = names;
    }

    /** "he" and "she" to a person, "it" and "they" to an organisation; null when nothing fits. */
    Party ofPronoun(Attribution a, String pronoun, List<Attribution> earlier) {
        if (pronoun.equals("he") || pronoun.equals("she")) {
            return person(a, earlier);
        }
        if (pronoun.equals("it") || pronoun.equals("they")) {
            // nearest first: a source quoted in a sentence, or the organisation a sentence is about
            // ("Opponents say… BAA are also owners of… They have said" is BAA)
            for (int s = a.sentence(); s >= Math.max(0, a.sentence() - PRONOUN_REACH); s--) {
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Attribution e = earlier.get(i);
                    if (e.sentence() == s && !e.person() && (pronoun.equals("they") || !e.vague())) {
                        return partyOf(e);
                    }
                }
                if (s >= a.sentence() - 1) {
                    Party subject = subjectOf(sentences.get(s), a.sourceStart(), false);
                    if (subject != null) {
                        return subject;
                    }
                }
            }
        }
        return null;
    }

    /** The party a written description refers to. */
    Party ofDescription(Attribution a, int from, int to, SourceClassifier.Description d, List<Attribution> earlier) {
        String written = clean(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
        if (d.anonymous() || d.type().equals(SourceType.ANONYMOUS) && !d.named()) {
            return new Party("unnamed:" + written.toLowerCase(Locale.ROOT), written, SourceType.ANONYMOUS, false, d.person(),
                    d.vague(), d.armed(), "unnamed:" + a.index());
        }
        if (d.vague()) {
            return new Party("vague:" + written.toLowerCase(Locale.ROOT), written, d.type(), false, false, true, d.armed(),
                    "unnamed:" + a.index());
        }
        if (d.person() || to - from == 1 && knownPerson(tokens.get(from), a.sourceStart(), earlier)) {
            return person(a, from, to, d, earlier);
        }
        if (d.named()) {
            String key = "body:" + bodyKey(written, earlier);
            Attribution same = earlier.stream().filter(e -> e.sourceKey().equals(key)).findFirst().orElse(null);
            String type = same != null && specific(same.sourceType()) && !specificHere(from, to) ? same.sourceType() : d.type();
            String name = same != null && same.speaker().length() > written.length() ? same.speaker() : written;
            return new Party(key, name, type, true, false, false, d.armed() || same != null && same.armed(), key);
        }
        String first = tokens.get(from).norm();
        if (first.equals("his") || first.equals("her")) {
            // "his office said": the organisation the person last named speaks for
            Party holder = person(a, earlier);
            if (holder != null) {
                return new Party(holder.side(), written, holder.type(), true, false, false, holder.armed(), holder.side());
            }
        }
        Party body = bodyBefore(a, d, earlier);
        if (body != null) {
            return body;
        }
        String key = "body:" + written.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
        return new Party(key, written, d.type(), false, false, false, d.armed(), key);
    }

    private Party person(Attribution a, int from, int to, SourceClassifier.Description d, List<Attribution> earlier) {
        String written = clean(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
        Party served = servedBody(from, to, earlier);
        if (served != null) {
            return served; // "a spokesman for Manchester's Trafford Centre": the centre's
        }
        Token last = lastWord(from, to);
        boolean hasName = last != null && last.capitalized() && !classifier.isTagged(last, "role")
                && !classifier.isTagged(last, "title");
        if (!hasName) {
            if (tokens.get(from).norm().equals("the") && !d.named()) {
                // "the Iranian security official": the person the story has just named
                Party named = person(a, earlier);
                if (named != null) {
                    return named;
                }
            }
            // "the spokesman", "a senior executive": whoever they serve
            Party body = d.named() ? organisationIn(from, to, d, earlier) : bodyBefore(a, d, earlier);
            if (body == null && !d.named() && bareRole(from, to)) {
                // "Sky denied the programme breached guidelines. A spokesperson said…": the body just quoted
                body = lastBodyQuoted(a, earlier);
                body = body != null && body.type().equals(SourceType.DOCUMENT) ? null : body;
            }
            if (body != null) {
                return body;
            }
            // an unnamed role nobody in the story fills ("the commander"): a person, anonymous only
            // when the words say so ("a senior official", "sources")
            String key = "unnamed:" + written.toLowerCase(Locale.ROOT);
            return new Party(key, written, d.type(), false, true, false, d.armed(), "unnamed:" + a.index());
        }
        String surname = surname(last);
        String key = "person:" + surname;
        String described = d.type();
        String fullName = written;
        if (!specificHere(from, to) && !specific(described)) {
            // "said Olivier Gerolami, chief operating officer of TNT": the appositive says whom he speaks for
            String employer = names.after(to);
            if (employer != null) {
                described = employer;
            } else if (!names.speaksForBody(from, to)) {
                // "Mr Blair": the story's fuller mention ("Prime Minister Tony Blair") says what he is
                Fuller fuller = fullerMention(last, surname, a.sourceStart());
                described = fuller != null && fuller.type() != null ? fuller.type() : SourceType.PERSON; // a bare name is a person's
                if (fuller != null && fuller.name().length() > fullName.length()) {
                    fullName = fuller.name();
                }
            }
        }
        if (SourceType.PERSON.equals(described) && classifier.holdsPost(from, to)) {
            // "Spokesman Alan Jones said": a post speaks for the body the story last quoted
            Party body = lastBodyQuoted(a, earlier);
            if (body != null) {
                described = body.type();
            }
        }
        Attribution same = null;
        for (Attribution e : earlier) {
            if (e.sourceKey().equals(key)) {
                same = e;
                break;
            }
        }
        String type = described;
        String name = fullName;
        String side = sideOf(from, to, d, key, earlier);
        if (same != null) {
            if (!specificHere(from, to) && specific(same.sourceType())) {
                type = same.sourceType();
            }
            if (same.speaker().length() > written.length()) {
                name = same.speaker();
            }
            if (side.equals(key)) {
                side = same.party();
            }
        }
        return new Party(key, name, type, true, true, false, d.armed(), side);
    }

    /**
     * A person as the story first names them in full: their kind, when the words before the name say it
     * ("Trade and Industry Secretary Patricia Hewitt", "shadow home secretary David Davis"), and the name.
     */
    private record Fuller(String type, String name) {
    }

    private Fuller fullerMention(Token last, String surname, int before) {
        for (int index : fullNames().getOrDefault(surname, List.of())) {
            Token t = tokens.get(index);
            if (t.start() >= before) {
                break;
            }
            int previous = t.index() - 1;
            if (previous > 0 && tokens.get(previous).norm().equals("'")) {
                previous--; // "Mohammed Shia' al-Sudani"
            }
            int from = previous;
            int floor = Math.max(sentences.get(t.sentence()).firstToken(), t.index() - 8);
            while (from - 1 >= floor && tokens.get(from - 1).isWord() && !tokens.get(from - 1).possessive()
                    && !NounPhrases.isTimeWord(tokens.get(from - 1))
                    && !NounPhrases.DETERMINERS.contains(tokens.get(from - 1).norm())
                    && !NounPhrases.isJoiner(tokens.get(from - 1))) {
                from--; // "US Congressman Joe Wilson", not "But Bombardier" or "in jail Analysts"
            }
            while (from < t.index() && NounPhrases.isJoiner(tokens.get(from))) {
                from++;
            }
            if (from == t.index()) {
                continue; // "But Parry": a surname after a sentence's first word
            }
            String name = clean(text.substring(tokens.get(from).start(), t.end()));
            String type = classifier.listedType(from, t.index() + 1);
            if (type == null) {
                type = names.after(t.index() + 1);
            }
            if (type == null) {
                type = names.before(from); // "Secretary of the Supreme National Security Council of Iran, Ali Larijani"
            }
            return new Fuller(type, name);
        }
        return null;
    }

    /** A lone surname the story has given a person before: "Wilson" after "US Congressman Joe Wilson". */
    private boolean knownPerson(Token name, int before, List<Attribution> earlier) {
        if (!name.capitalized()) {
            return false;
        }
        String key = "person:" + surname(name);
        if (earlier.stream().anyMatch(e -> e.sourceKey().equals(key))) {
            return true;
        }
        List<Integer> full = fullNames().getOrDefault(surname(name), List.of());
        return !full.isEmpty() && tokens.get(full.get(0)).start() < before;
    }

    /**
     * Where each surname ends a full name: a capitalised word after another ("Ali Larijani", "Mohammed
     * Shia' al-Sudani"); an owner is no first name ("Iran's Larijani").
     */
    private java.util.Map<String, List<Integer>> fullNames() {
        if (fullNames == null) {
            fullNames = new java.util.HashMap<>();
            for (Token t : tokens) {
                int previous = t.index() - 1;
                if (previous > 0 && tokens.get(previous).norm().equals("'")) {
                    previous--;
                }
                if (t.capitalized() && previous >= 0 && tokens.get(previous).capitalized()
                        && !NounPhrases.isJoiner(tokens.get(previous)) && tokens.get(previous).sentence() == t.sentence()) {
                    fullNames.computeIfAbsent(surname(t), k -> new java.util.ArrayList<>()).add(t.index());
                }
            }
        }
        return fullNames;
    }

    /** The side of a named person: the organisation named in their description, else their own. */
    private String sideOf(int from, int to, SourceClassifier.Description d, String key, List<Attribution> earlier) {
        Party organisation = organisationIn(from, to, d, earlier);
        if (organisation != null) {
            return organisation.key();
        }
        if (d.type().equals(SourceType.OFFICIAL)) {
            return "body:government";
        }
        return key;
    }

    /** "a spokesman", "the senior spokeswoman": a post and nothing that says whose. */
    private boolean bareRole(int from, int to) {
        if (to - from > 3 || !classifier.isTagged(tokens.get(to - 1), "role")) {
            return false;
        }
        for (int i = from; i < to - 1; i++) {
            Token t = tokens.get(i);
            boolean determiner = NounPhrases.DETERMINERS.contains(t.norm());
            if (!t.isWord() || !determiner && (t.capitalized() || classifier.isTagged(t, "role"))) {
                return false;
            }
        }
        return true;
    }

    private Party lastBodyQuoted(Attribution a, List<Attribution> earlier) {
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).sentence() >= a.sentence() - DESCRIPTION_REACH; i--) {
            Attribution e = earlier.get(i);
            if (!e.person() && !e.vague() && !e.sourceType().equals(SourceType.PERSON)
                    && !e.sourceType().equals(SourceType.ANONYMOUS)) {
                return partyOf(e);
            }
        }
        return null;
    }

    /** A named organisation inside a person's or role's description: "a Home Office spokesman", "BT's chief". */
    private Party organisationIn(int from, int to, SourceClassifier.Description d, List<Attribution> earlier) {
        int start = -1;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            // a sentence's capitalised article is no part of the name: "A BT spokesman" speaks for BT
            boolean nameWord = t.capitalized() && !classifier.isTagged(t, "title") && !classifier.isTagged(t, "role")
                    && !(start < 0 && NounPhrases.DETERMINERS.contains(t.norm()))
                    && !(isSentenceStart(t) && !classifier.tags().tag(i).equals("propn")); // "Defence lawyers"
            if (nameWord && start < 0) {
                if (i > from && classifier.isTagged(tokens.get(i - 1), "title")) {
                    return null; // "Mr Blair's official spokesman": a person's staff, not an organisation's
                }
                start = i;
            } else if (start >= 0 && !nameWord && !(CONNECTORS.contains(t.norm()) && i + 1 < to && tokens.get(i + 1).capitalized())) {
                if (t.possessive() || classifier.isTagged(t, "role") || classifier.isTagged(t, "title")) {
                    return organisation(start, i, earlier);
                }
                start = -1;
            }
        }
        return null;
    }

    /**
     * The body an unnamed role speaks for when the description names it after the role: "a spokeswoman
     * for the St David's Centre in Cardiff", "a spokesman at the Home Office". The body runs to a comma
     * or a place ("in Cardiff").
     */
    private Party servedBody(int from, int to, List<Attribution> earlier) {
        for (int i = from + 1; i + 1 < to; i++) {
            String w = tokens.get(i).norm();
            if (!(w.equals("for") || w.equals("at") || w.equals("of")) || !classifier.isTagged(tokens.get(i - 1), "role")) {
                continue;
            }
            for (int k = from; k < i - 1; k++) {
                if (tokens.get(k).capitalized() && k > from && !classifier.isTagged(tokens.get(k), "title")
                        && !classifier.isTagged(tokens.get(k), "role")) {
                    return null; // "Alan Jones, spokesman for the centre": a named person
                }
            }
            int start = i + 1;
            if (start < to && (tokens.get(start).norm().equals("the") || tokens.get(start).norm().equals("a"))) {
                start++;
            }
            int end = start;
            while (end < to && !tokens.get(end).norm().equals(",") && !(end > start && tokens.get(end).norm().equals("in"))) {
                end++;
            }
            if (end > start && tokens.get(start).capitalized()) {
                // a body, whatever its words look like ("Manchester's Trafford Centre" is no person)
                SourceClassifier.Description d = classifier.describe(start, end, start, end);
                String type = d.type().equals(SourceType.PERSON) ? SourceType.COMPANY : d.type();
                String written = clean(text.substring(tokens.get(start).start(), tokens.get(end - 1).end()));
                String key = "body:" + bodyKey(written, earlier);
                return new Party(key, written, type, true, false, false, d.armed(), key);
            }
            return null;
        }
        return null;
    }

    private Party organisation(int from, int to, List<Attribution> earlier) {
        SourceClassifier.Description d = classifier.describe(from, to, from, to);
        if (!d.party() || d.person()) {
            return null;
        }
        String written = clean(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
        String key = "body:" + bodyKey(written, earlier);
        return new Party(key, written, d.type(), true, false, false, d.armed(), key);
    }

    /** "he" or "she": the person last named as a sentence's subject or speaker, in this or the two sentences before. */
    private Party person(Attribution a, List<Attribution> earlier) {
        for (int s = a.sentence(); s >= Math.max(0, a.sentence() - PRONOUN_REACH); s--) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Attribution e = earlier.get(i);
                if (e.sentence() == s && e.person() && e.named()) {
                    return partyOf(e);
                }
            }
            Party subject = subjectOf(sentences.get(s), a.sourceStart(), true);
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    private int firstWord(Sentence sentence) {
        int i = sentence.firstToken();
        while (i < sentence.endToken() && !tokens.get(i).isWord()) {
            i++; // an opening quotation mark
        }
        return i;
    }

    private Party subjectOf(Sentence sentence, int before, boolean person) {
        int[] subject = NounPhrases.subject(tokens, sentence, classifier.tags());
        if (subject[1] <= subject[0] || tokens.get(subject[1] - 1).end() > before
                || !tokens.get(subject[1] - 1).capitalized() || NounPhrases.isPronoun(tokens.get(subject[0]))) {
            return null;
        }
        if (subject[1] - subject[0] == 1 && firstWord(sentence) == subject[0]
                && !classifier.tags().tag(subject[0]).equals("propn") && !classifier.writtenAsName(tokens.get(subject[0]))) {
            return null; // "Bigger attacks … were rarely seen, he said": capitalised only because it opens the sentence
        }
        SourceClassifier.Description d = classifier.describe(subject[0], subject[1], subject[0], subject[1]);
        Token last = tokens.get(subject[1] - 1);
        boolean personLike = d.person() || d.named() && !specificHere(subject[0], subject[1])
                && !classifier.isTagged(last, "body") && !isAcronym(last);
        if (!d.party() || !d.named() || personLike != person) {
            return null;
        }
        String written = clean(text.substring(tokens.get(subject[0]).start(), tokens.get(subject[1] - 1).end()));
        if (person) {
            String key = "person:" + surname(tokens.get(subject[1] - 1));
            String type = specificHere(subject[0], subject[1]) ? d.type() : SourceType.PERSON;
            return new Party(key, written, type, true, true, false, d.armed(), type.equals(SourceType.OFFICIAL) ? "body:government" : key);
        }
        String key = "body:" + written.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
        return new Party(key, written, d.type(), true, false, false, d.armed(), key);
    }

    /**
     * An unnamed description or role ("the firm", "the group", "a spokesman") stands for the
     * organisation of a fitting kind the story named last: a source quoted before, or a name in the
     * text before it (in this sentence too: "Hezbollah's leader met…, the Lebanese militant group reported").
     */
    private Party bodyBefore(Attribution a, SourceClassifier.Description d, List<Attribution> earlier) {
        Party best = null;
        int bestAt = -1;
        java.util.Set<String> words = contentWords(a);
        // "a local doctor" brings in someone new; only "the group", "the ministry" point back
        boolean definite = DEFINITE.contains(tokens.get(firstTokenFrom(a.sourceStart())).norm());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Attribution e = earlier.get(i);
            if (e.sentence() < a.sentence() - DESCRIPTION_REACH) {
                break;
            }
            if (!e.person() && words.contains(lastWordOf(e)) && sameNames(a, e)) {
                // "the service" is the border service, "a police statement" the police's, "the statement"
                // the statement quoted before
                return partyOf(e);
            }
            if (best == null && definite && !e.person() && e.named() && fits(d, e.sourceType(), e.armed())) {
                best = partyOf(e);
                bestAt = e.sourceStart();
            }
        }
        int firstSentence = Math.max(0, a.sentence() - DESCRIPTION_REACH);
        int from = sentences.get(firstSentence).firstToken();
        int until = firstTokenFrom(a.sourceStart());
        for (TermMatch m : classifier.typesWithin(from, until)) {
            if (m.start() <= bestAt) {
                continue;
            }
            Token first = tokens.get(m.firstToken());
            String kind = SourceClassifier.kindOf(m);
            // only words that are names in themselves ("Hezbollah", "Reuters"), not "Council" in a title
            boolean nameInItself = m.tag().equals("armed") || SourceType.NEWS_AGENCY.equals(m.tag())
                    || SourceType.STATE_MEDIA.equals(m.tag()) || SourceType.PARTY_MEDIA.equals(m.tag());
            if (definite && nameInItself && first.capitalized() && !isSentenceStart(first) && fits(d, kind, m.tag().equals("armed"))) {
                String name = m.text();
                String key = "body:" + bodyKey(name, earlier);
                best = new Party(key, name, kind, true, false, false, m.tag().equals("armed"), key);
                bestAt = m.start();
            }
        }
        return best;
    }

    /** "The Iraqi government" is not "the Lebanese government": capitalised words must agree. */
    private boolean sameNames(Attribution a, Attribution e) {
        String earlier = e.source().toLowerCase(Locale.ROOT);
        for (int i = firstTokenFrom(a.sourceStart()); i < tokens.size() && tokens.get(i).end() <= a.sourceEnd(); i++) {
            Token t = tokens.get(i);
            if (t.capitalized() && !isSentenceStart(t) && !earlier.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case nouns of an unnamed description: "police" and "statement" in "a police statement". */
    private java.util.Set<String> contentWords(Attribution a) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = firstTokenFrom(a.sourceStart()); i < tokens.size() && tokens.get(i).end() <= a.sourceEnd(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.possessive() && !NounPhrases.DETERMINERS.contains(t.norm()) && t.norm().length() > 2) {
                words.add(t.norm());
            }
        }
        return words;
    }

    /** The last word of a source as written, lower case: "service" in "Kyrgyzstan's border service". */
    private String lastWordOf(Attribution e) {
        int end = firstTokenFrom(e.sourceEnd()) - 1;
        return end < 0 || end >= tokens.size() ? "" : tokens.get(end).norm();
    }

    /** A description of this kind may refer to a body of that kind: the same, or either unknown. */
    private static boolean fits(SourceClassifier.Description d, String kind, boolean armed) {
        if (d.armed()) {
            return armed;
        }
        return d.type().equals(kind) || d.type().equals(SourceType.PERSON) || d.type().equals(SourceType.COMPANY) && kind.equals(SourceType.COMPANY);
    }

    /** True when the description carries its own kind, beyond a bare name. */
    private boolean specificHere(int from, int to) {
        return !classifier.typesWithin(from, to).isEmpty();
    }

    private static boolean specific(String type) {
        return !type.equals(SourceType.PERSON) && !type.equals(SourceType.COMPANY);
    }

    private static Party partyOf(Attribution e) {
        return new Party(e.sourceKey(), e.speaker(), e.sourceType(), e.named(), e.person(), e.vague(), e.armed(), e.party());
    }

    private Token lastWord(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.possessive()) {
                return t;
            }
        }
        return null;
    }

    /** "BAA", "IBM", "Nato" written "NATO": letters all capitals, a name no person has. */
    private static boolean isAcronym(Token t) {
        String word = t.text();
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    private boolean isSentenceStart(Token t) {
        return t.index() == 0 || tokens.get(t.index() - 1).sentence() != t.sentence();
    }

    /** Letters after a name that are no surname: "Ken Macdonald QC". */
    private static final Set<String> POST_NOMINALS = Set.of("qc", "kc", "mp", "mep", "msp", "am", "jr", "sr", "jnr",
            "snr", "obe", "mbe", "cbe", "phd");

    private String surname(Token last) {
        Token t = last;
        if (POST_NOMINALS.contains(t.norm()) && t.index() > 0 && tokens.get(t.index() - 1).capitalized()) {
            t = tokens.get(t.index() - 1);
        }
        String surname = t.norm();
        return surname.startsWith("al-") ? surname.substring(3) : surname;
    }

    /** "Meridia" and "Meridia Telecom" are one organisation: a name whose words contain another's. */
    private static String bodyKey(String name, List<Attribution> earlier) {
        String key = name.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
        for (Attribution e : earlier) {
            if (!e.sourceKey().startsWith("body:")) {
                continue;
            }
            String k = e.sourceKey().substring(5);
            List<String> x = List.of(k.split(" "));
            List<String> y = List.of(key.split(" "));
            if (x.containsAll(y) || y.containsAll(x)) {
                return k;
            }
        }
        return key;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Line breaks inside a name read as spaces. */
    private static String clean(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    private int firstTokenFrom(int offset) {
        return Sorted.firstAtOrAfter(tokens, Token::start, offset);
    }
}
