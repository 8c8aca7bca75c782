package org.framecheck.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a source's description: what kind of party it names (word list {@code source-types}),
 * whether it names anyone a reader could check, whether it is a person, an unnamed collective
 * ({@code vague-sources}) or an armed group, and whether it is a party at all. "But", "If",
 * "Pension" or "the men's shot put title" before a verb name nobody: such descriptions are no
 * source.
 */
final class SourceClassifier {

    static final String SOURCE_TYPES = "source-types";
    static final String VAGUE_SOURCES = "vague-sources";
    static final String SOURCE_ROLES = "source-roles";
    private static final String ARMED = "armed";
    /** A past office: hides the office's kind ("former Cabinet minister") and gives none. */
    private static final String FORMER = "former";

    /** What a description says about its party. */
    record Description(boolean party, String type, boolean named, boolean person, boolean vague, boolean armed,
                       boolean anonymous) {
        static final Description NONE = new Description(false, SourceType.PERSON, false, false, false, false, false);
    }

    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "hundreds", "several");
    private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "others", "few");
    private static final Set<String> AMOUNTS = Set.of("million", "billion", "trillion", "thousand", "hundred", "m", "bn",
            "%", "cent");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "for", "from", "in", "with", "to", "on", "near",
            "within", "inside", "close");

    private final List<Token> tokens;
    private final MatchIndex types;
    private final MatchIndex vague;
    private final Map<String, BitSet> roles = new HashMap<>();
    private final PartsOfSpeech tags;

    /** The document's part-of-speech tags, shared with the antecedent finder. */
    PartsOfSpeech tags() {
        return tags;
    }

    SourceClassifier(List<Token> tokens, PartsOfSpeech tags, List<TermMatch> typeMatches, List<TermMatch> vagueMatches,
                     List<TermMatch> roleMatches) {
        this.tokens = tokens;
        this.tags = tags;
        this.types = new MatchIndex(outermost(typeMatches).stream().filter(m -> !m.tag().equals(FORMER)).toList());
        this.vague = new MatchIndex(vagueMatches);
        for (TermMatch m : roleMatches) {
            roles.computeIfAbsent(m.tag(), k -> new BitSet()).set(m.firstToken(), m.lastToken() + 1);
        }
    }

    /**
     * The matches not lying inside a longer one: the longer words say more ("shadow home secretary"
     * is the opposition's, whatever "secretary" alone would be).
     */
    private static List<TermMatch> outermost(List<TermMatch> matches) {
        List<TermMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(TermMatch::firstToken));
        List<TermMatch> kept = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TermMatch m = sorted.get(i);
            boolean inside = false;
            // a match that holds m starts at most a few tokens before it: look at neighbours only
            for (int j = i - 1; j >= 0 && !inside && m.firstToken() - sorted.get(j).firstToken() <= 8; j--) {
                inside = holds(sorted.get(j), m);
            }
            for (int j = i + 1; j < sorted.size() && !inside && sorted.get(j).firstToken() == m.firstToken(); j++) {
                inside = holds(sorted.get(j), m);
            }
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean holds(TermMatch outer, TermMatch m) {
        return outer.firstToken() <= m.firstToken() && m.lastToken() <= outer.lastToken()
                && outer.lastToken() - outer.firstToken() > m.lastToken() - m.firstToken();
    }

    /** The source type a word-list match names: an armed group is a group. */
    static String kindOf(TermMatch m) {
        return m.tag().equals(ARMED) ? SourceType.GROUP : m.tag();
    }

    /** A number or an amount ("1.4 million", "5%"), which never speaks. */
    static boolean isAmount(Token t) {
        return t.kind() == Token.Kind.NUMBER || AMOUNTS.contains(t.norm());
    }

    /** Reads the description in tokens {@code [from, to)}, with the attribution phrase {@code [phraseFrom, phraseTo)}. */
    Description describe(int from, int to, int phraseFrom, int phraseTo) {
        List<Token> words = words(from, to);
        if (words.isEmpty()) {
            return Description.NONE;
        }
        int head = head(words);
        Token headToken = words.get(head);
        if (isAmount(headToken)) {
            return Description.NONE; // "mobile users grew by 1.4 million to 44.9 million, …, said the regulator"
        }
        boolean anonymous = anonymityMarker(phraseFrom, phraseTo);
        String type = null;
        boolean armed = false;
        TermMatch atHead = null;
        for (TermMatch m : types.within(from, to)) {
            armed |= m.tag().equals(ARMED);
            String kind = kindOf(m);
            if (m.firstToken() <= headToken.index() && headToken.index() <= m.lastToken()) {
                atHead = m;
            }
            if (type == null || SourceType.rank(kind) < SourceType.rank(type)) {
                type = kind;
            }
        }
        // "many in France", "some in the party": a place says where the crowd is, not who speaks
        boolean named = names(words, phraseFrom, phraseTo)
                && !(words.size() > 2 && QUANTIFIERS.contains(words.get(0).norm()) && words.get(1).norm().equals("in"));
        if (atHead != null && !(atHead.tag().equals(SourceType.ANONYMOUS) && named)) {
            String headKind = kindOf(atHead);
            // a role's kind comes from the body it serves ("a Labour spokesman"): the head only decides
            // when it is the body itself or a text
            if (!isTagged(headToken, "role") || type == null) {
                type = headKind;
            }
        }
        if (SourceType.ANONYMOUS.equals(type) && named) {
            type = null; // "Home Office officials": the ministry's
            for (TermMatch m : types.within(from, to)) {
                if (!m.tag().equals(SourceType.ANONYMOUS)) {
                    String kind = kindOf(m);
                    if (type == null || SourceType.rank(kind) < SourceType.rank(type)) {
                        type = kind;
                    }
                }
            }
        }
        for (TermMatch m : types.within(from, to)) {
            if (m.tag().equals(SourceType.STATE_MEDIA) || m.tag().equals(SourceType.PARTY_MEDIA)) {
                type = m.tag(); // "the official IRNA news agency", "a state media official": the state's outlet
                break;
            }
        }
        String vagueType = vagueAtHead(words, from, to);
        boolean vague = vagueType != null && !named;
        if (vague && type == null) {
            type = vagueType;
        }
        boolean person = isPerson(words, head);
        if (anonymous) {
            return new Description(true, SourceType.ANONYMOUS, false, person, false, armed, true);
        }
        boolean party = type != null || vagueType != null || named || person
                || isTagged(headToken, "body") || isTagged(headToken, "role") || isTagged(headToken, "title");
        if (NEVER_NAMES.contains(headToken.norm()) && type == null && vagueType == null) {
            return Description.NONE; // "There", "Somebody", "anyone"
        }
        if (!party) {
            return Description.NONE;
        }
        if (type == null && named) {
            type = expansionType(headToken); // "Sepa" after "the Scottish Environment Protection Agency (Sepa)"
        }
        if (type == null) {
            // an organisation of no stated kind ("Sony", "the group") is most often a firm in news copy
            // and so is the body a person speaks for ("a spokesman for the Trafford Centre", "Xbox's Peter Moore")
            type = servesBody(from, to) ? SourceType.COMPANY
                    : person || isTagged(headToken, "role") || isTagged(headToken, "title") ? SourceType.PERSON
                    : named || isTagged(headToken, "body") ? SourceType.COMPANY : SourceType.PERSON;
        }
        return new Description(true, type, named, person, vague, armed, false);
    }

    /**
     * The kind the word lists give the words {@code [from, to)}, or null when none of them says: for
     * an appositive ("Lord Woolf, the Lord Chief Justice, said").
     */
    String listedType(int from, int to) {
        String type = null;
        for (TermMatch m : types.within(from, to)) {
            if (!m.tag().equals(SourceType.ANONYMOUS)) {
                String kind = kindOf(m);
                if (type == null || SourceType.rank(kind) < SourceType.rank(type)) {
                    type = kind;
                }
            }
        }
        return type;
    }

    private List<Token> words(int from, int to) {
        List<Token> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.possessive()) {
                words.add(t);
            }
        }
        return words;
    }

    /** The description's head: its last word before a preposition or a comma ("analysts at Barclays"). */
    private int head(List<Token> words) {
        for (int i = 1; i < words.size(); i++) {
            Token t = words.get(i);
            boolean comma = t.index() > 0 && tokens.get(t.index() - 1).norm().equals(",");
            if (PREPOSITIONS.contains(t.norm()) || comma) {
                return i - 1;
            }
        }
        return words.size() - 1;
    }

    /** Capitalised only because they open a sentence or a title: never a name. */
    private static final Set<String> NEVER_NAMES = Set.of("there", "here", "this", "that", "these", "those", "it",
            "its", "such", "what", "which", "who", "whom", "all", "both", "each", "every", "some", "any", "none", "one",
            "another", "other", "others", "much", "many", "more", "most", "few", "however", "yet", "still", "also",
            "but", "and", "or", "if", "while", "when", "so", "as", "at", "in", "on", "for", "after", "before", "the", "a",
            "an", "his", "her", "their", "our", "my", "your", "somebody", "someone", "anyone", "anybody", "everyone",
            "nobody", "people", "nonetheless", "meanwhile", "something", "anything", "everything", "nothing");

    /** Heads that stay anonymous whoever they serve: "Labour sources", "Whitehall insiders". */
    private static final Set<String> ALWAYS_ANONYMOUS = Set.of("source", "sources", "insider", "insiders", "aide", "aides");

    /**
     * Readers can tell who it is: a name heads the description ("Larijani", "the Home Office"), serves
     * as the body a role belongs to ("a BT spokesman", "analysts at Capital Economics"), or follows
     * "including". Nationalities name nobody ("the Lebanese militant group", "Iranian state media"),
     * nor does a sentence's capitalised first word that the word lists know ("Critics", "Officials").
     */
    private boolean names(List<Token> words, int from, int to) {
        Token headWord = words.get(head(words));
        if (ALWAYS_ANONYMOUS.contains(headWord.norm())) {
            return false;
        }
        for (Token t : words) {
            boolean opensSentence = t.index() == 0 || tokens.get(t.index() - 1).sentence() != t.sentence();
            if (!t.capitalized() || NounPhrases.isPronoun(t) || NEVER_NAMES.contains(t.norm()) || isDemonym(t)
                    || NounPhrases.isTimeWord(t)
                    || isTagged(t, "title") && t != headWord) {
                continue;
            }
            // a sentence's first word is capitalised whatever it is: "Security experts say" names nobody,
            // "Barclays analysts said" does, and the tagger tells the two apart (only before a collective:
            // it takes many an unknown surname opening a sentence for a common noun)
            boolean commonModifier = t != headWord && isVagueOrAnonymousWord(headWord) && !tags.tag(t.index()).equals("propn");
            if (opensSentence && (isCommonWord(t) || commonModifier) || isVagueOrAnonymousWord(t)) {
                continue;
            }
            return true;
        }
        for (int k = from; k < to; k++) {
            if (tokens.get(k).norm().equals("including")) {
                for (int n = k + 1; n < Math.min(to, k + 6); n++) {
                    if (tokens.get(n).capitalized()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Lebanese", "Iranian", "Iraqi", "British", "US": a nationality, which names no party. */
    private boolean isDemonym(Token t) {
        String w = t.norm();
        if (DEMONYMS.contains(w) || w.endsWith("-linked") || w.endsWith("-backed") || w.endsWith("-based")
                || w.endsWith("-led") || w.endsWith("-owned") || w.endsWith("-aligned")) {
            return true; // "an al Qaeda-linked militant group", "the Iranian-backed militia": a description
        }
        int next = t.index() + 1;
        boolean modifier = next < tokens.size() && tokens.get(next).isWord() && !tokens.get(next).capitalized();
        return modifier && w.length() > 4 && (w.endsWith("ese") || w.endsWith("ian") || w.endsWith("ish") || w.endsWith("ean"));
    }

    private static final Set<String> DEMONYMS = Set.of("us", "u.s.", "uk", "british", "french", "dutch", "greek",
            "thai", "swiss", "welsh", "scottish", "irish", "english", "western", "arab", "european", "african", "asian",
            "american", "iraqi", "israeli", "pakistani", "saudi", "kuwaiti", "yemeni", "omani", "qatari", "somali",
            "bahraini", "emirati", "afghan", "mexican", "cuban", "moroccan", "kenyan", "ugandan", "german", "chinese",
            "japanese", "russian", "iranian", "syrian", "lebanese", "turkish", "spanish", "italian", "polish", "danish",
            "swedish", "finnish", "norwegian", "belgian", "austrian", "indian", "korean", "north korean", "south korean",
            "nigerian", "ghanaian", "ethiopian", "egyptian", "libyan", "tunisian", "algerian", "jordanian", "palestinian",
            "ukrainian", "georgian", "armenian", "serbian", "croatian", "bosnian", "hungarian", "czech", "slovak",
            "romanian", "bulgarian", "brazilian", "argentine", "argentinian", "colombian", "venezuelan", "peruvian",
            "canadian", "australian", "zimbabwean", "sudanese", "congolese", "vietnamese", "burmese", "nepali",
            "bangladeshi", "sri lankan", "filipino", "indonesian", "malaysian", "singaporean", "taiwanese", "tibetan",
            "kurdish", "shiite", "shia", "sunni", "muslim", "christian", "jewish", "catholic", "protestant");

    /** A sentence-initial capitalised word that is a known common word of the lists ("Officials", "Police"). */
    private boolean isCommonWord(Token t) {
        return isVagueOrAnonymousWord(t) || isTagged(t, "body") || isTagged(t, "role") || isTagged(t, "self")
                || types.covering(t.index()).stream().anyMatch(m -> !isProperTypeWord(m));
    }

    /** Kinds whose list entries are names in themselves: "Hezbollah", "Reuters", "Xinhua". */
    private static final Set<String> NAMING_TAGS = Set.of(ARMED, SourceType.NEWS_AGENCY, SourceType.STATE_MEDIA,
            SourceType.PARTY_MEDIA);

    /** Type words that are themselves names: "Reuters", "Xinhua", "JNIM", not "Police" opening a sentence. */
    private static boolean isProperTypeWord(TermMatch m) {
        boolean acronym = m.text().length() > 1 && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT));
        return NAMING_TAGS.contains(m.tag()) && !m.term().contains(" ") || acronym;
    }

    private boolean isVagueOrAnonymousWord(Token t) {
        return !vague.covering(t.index()).isEmpty()
                || types.covering(t.index()).stream().anyMatch(m -> m.tag().equals(SourceType.ANONYMOUS));
    }

    /** The kind of an unnamed collective that heads the description ("critics of the plan"), or null. */
    private String vagueAtHead(List<Token> words, int from, int to) {
        String first = words.get(0).norm();
        if (first.equals("the") || first.equals("these") || first.equals("those")) {
            return null; // "the researchers" are those the story introduced
        }
        int headEnd = words.size() > 1 ? words.get(1).index() : words.get(0).index();
        for (TermMatch m : vague.within(from, to)) {
            if (m.firstToken() <= headEnd) {
                return m.tag();
            }
        }
        return null;
    }

    /** Words of the attribution phrase that say the source asked not to be named. */
    private boolean anonymityMarker(int from, int to) {
        for (TermMatch m : types.within(from, to)) {
            if (m.tag().equals(SourceType.ANONYMOUS)
                    && m.term().contains(" ") && (m.term().contains("anonymity") || m.term().contains("named")
                    || m.term().contains("identified"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person: a name of two capitalised words that is no organisation ("Daniel Roper"), a title or
     * honorific before a name ("President Joseph Aoun", "Mr Blair"), a role ("the spokesman"), or
     * a counted group of people ("three residents").
     */
    private boolean isPerson(List<Token> words, int head) {
        Token last = words.get(head);
        if (isTagged(last, "body") || last.norm().length() > 2 && last.text().equals(last.text().toUpperCase(java.util.Locale.ROOT))
                && last.kind() == Token.Kind.WORD) {
            return false; // "the border service", "IRNA"
        }
        for (Token w : words) {
            if (isTagged(w, "title") && head > 0) {
                return true;
            }
        }
        if (isTagged(last, "role")) {
            return true;
        }
        Token first = words.get(0);
        if (first.kind() == Token.Kind.NUMBER || COUNTS.contains(first.norm())) {
            return true;
        }
        if (first.norm().equals("the") || first.norm().equals("a") || first.norm().equals("an")) {
            return false;
        }
        if (head >= 1 && last.capitalized() && words.get(head - 1).capitalized() && !isTagged(words.get(head - 1), "body")
                && types.covering(last.index()).stream().allMatch(m -> m.tag().equals(SourceType.PERSON))) {
            return true; // "Tony Blair", and "Paul King": a person's word after a first name is a surname
        }
        return false;
    }

    /**
     * The description names a body its person speaks for: a capitalised owner ("Xbox's Peter Moore"),
     * a name after a role and "for", "at" or "of" ("a spokeswoman for the St David's Centre"), or a
     * name right before a role ("a Tesco spokesman").
     */
    boolean servesBody(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean owner = i + 1 < to && tokens.get(i + 1).possessive();
            boolean titled = i > from && isTagged(tokens.get(i - 1), "title"); // "Mr Blair's spokesman" serves a person
            if (owner && !titled && t.capitalized() && !NounPhrases.isPronoun(t) && !isDemonym(t) && !isTagged(t, "title")) {
                return true;
            }
            if (!isTagged(t, "role")) {
                continue;
            }
            if (i > from && isBodyName(tokens.get(i - 1))) {
                return true;
            }
            int next = i + 1;
            while (next < to && isTagged(tokens.get(next), "role")) {
                next++;
            }
            if (next + 1 < to && Set.of("for", "at", "of").contains(tokens.get(next).norm())) {
                for (int k = next + 1; k < Math.min(to, next + 4); k++) {
                    if (isBodyName(tokens.get(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean isBodyName(Token t) {
        return t.isWord() && t.capitalized() && !isDemonym(t) && !isTagged(t, "title") && !isTagged(t, "role")
                && !NEVER_NAMES.contains(t.norm()) && !NounPhrases.isTimeWord(t)
                && !(opensSentence(t) && !tags.tag(t.index()).equals("propn")); // "Defence lawyers said"
    }

    /**
     * The kind of the name a short form stands for, where the story spells it out before it in
     * brackets: "the Scottish Environment Protection Agency (Sepa)". Null when it does not.
     */
    private String expansionType(Token shortForm) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).norm().equals(shortForm.norm()) && tokens.get(i - 1).norm().equals("(")
                    && tokens.get(i + 1).norm().equals(")") && i - 1 != shortForm.index() - 1) {
                int from = i - 1;
                while (from - 1 >= 0 && i - from <= 10 && tokens.get(from - 1).isWord()
                        && (tokens.get(from - 1).capitalized() || CONNECTORS.contains(tokens.get(from - 1).norm()))) {
                    from--;
                }
                String listed = from < i - 1 ? listedType(from, i - 1) : null;
                if (listed != null) {
                    return listed;
                }
            }
        }
        return null;
    }

    /** Lower-case words inside an organisation's name: "Department for Work and Pensions". */
    private static final Set<String> CONNECTORS = Set.of("for", "of", "and", "the", "on", "&");

    /** The word is written capitalised inside some sentence of the story, where only a name is. */
    boolean writtenAsName(Token word) {
        for (Token t : tokens) {
            if (t != word && t.capitalized() && t.norm().equals(word.norm()) && !opensSentence(t)
                    && tokens.get(t.index() - 1).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** A post inside an organisation ("spokesman", "producer") among tokens {@code [from, to)}. */
    boolean holdsPost(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isTagged(tokens.get(i), "role")) {
                return true;
            }
        }
        return false;
    }

    /** A thing, never a party: "Something tells me", "say anything". */
    static boolean isThing(Token t) {
        return THINGS.contains(t.norm());
    }

    private static final Set<String> THINGS = Set.of("something", "anything", "everything", "nothing");

    private boolean opensSentence(Token t) {
        return t.index() == 0 || tokens.get(t.index() - 1).sentence() != t.sentence();
    }

    /** Word-list matches of source kinds within tokens {@code [from, to)}. */
    List<TermMatch> typesWithin(int from, int to) {
        return types.within(from, to);
    }

    boolean isTagged(Token token, String tag) {
        BitSet set = roles.get(tag);
        return set != null && set.get(token.index());
    }
}
