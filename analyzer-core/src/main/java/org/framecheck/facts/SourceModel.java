package org.framecheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides who each attribution's source is: reads its description ({@link SourceClassifier}),
 * resolves pronouns, surnames and descriptions to the party named before ({@link Antecedents}),
 * drops "sources" that name no party, marks claims a party makes about itself and claims of the kind
 * sides dispute, and gives each attribution the source and the side it belongs to. The source list
 * itself is {@link SourceList}'s.
 */
final class SourceModel {

    static final String CONTESTED_CLAIMS = "contested-claims";
    static final String CONFLICT_WORDS = "conflict-words";

    /** Words that open a clause or a sentence and never a source's name: "But the minister said". */
    private static final Set<String> LEADING = Set.of("but", "and", "or", "if", "while", "whilst", "although", "though",
            "however", "yet", "so", "meanwhile", "now", "later", "earlier", "also", "still", "then", "instead",
            "indeed", "nonetheless", "nevertheless", "moreover", "furthermore", "separately", "similarly", "because",
            "as", "when", "since", "after", "before", "until", "once", "even", "just", "only", "last", "recently",
            "previously", "finally", "today", "yesterday", "overnight", "that", "which", "who", "where");

    private static final Set<String> CUT_AFTER = Set.of("the", "a", "an", "this", "his", "her", "its", "their", "our",
            "my", "your");

    private static final int CLAIM_WINDOW = 30;

    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final String text;
    private final SourceClassifier classifier;
    private final NameDescriptions names;
    private final Antecedents antecedents;
    private final MatchIndex contested;

    private final MatchIndex accusations;

    SourceModel(String text, List<Token> tokens, List<Sentence> sentences, SourceClassifier classifier,
                List<TermMatch> contested, List<TermMatch> accusations) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.classifier = classifier;
        this.names = new NameDescriptions(tokens, sentences, classifier);
        this.antecedents = new Antecedents(text, tokens, sentences, classifier, names);
        this.contested = new MatchIndex(contested);
        this.accusations = new MatchIndex(accusations);
    }

    List<Attribution> resolve(List<Attribution> found) {
        List<Attribution> resolved = new ArrayList<>(found.size());
        for (Attribution a : found) {
            Attribution r = resolveOne(a, resolved);
            if (r != null) {
                Attribution.Builder b = r.toBuilder();
                b.index = resolved.size();
                resolved.add(b.build());
            }
        }
        return markReplies(contestedByParty(linkForward(resolved)));
    }

    /**
     * A party that makes one contested claim about itself (a shooting, a raid) speaks about a contested
     * matter in all it says about itself: "police said officers tried to stop the car" is part of their
     * account of the shooting.
     */
    private static List<Attribution> contestedByParty(List<Attribution> attributions) {
        java.util.Set<String> parties = new java.util.HashSet<>();
        for (Attribution a : attributions) {
            if (a.contested() && a.selfClaim() && !a.sourceKey().isEmpty()) {
                parties.add(a.sourceKey());
            }
        }
        List<Attribution> marked = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            if (!a.contested() && a.selfClaim() && parties.contains(a.sourceKey())) {
                Attribution.Builder b = a.toBuilder();
                b.contested = true;
                a = b.build();
            }
            marked.add(a);
        }
        return marked;
    }

    /**
     * A party's words are a reply when another party in the story accuses or criticises it: that
     * party's attributed words hold conflict words and name this party ("the union accused the firm of…").
     */
    private List<Attribution> markReplies(List<Attribution> attributions) {
        // the words of every accusation, to see whom it names
        List<java.util.Set<String>> accusations = new ArrayList<>();
        List<String> accusers = new ArrayList<>();
        for (Attribution a : attributions) {
            int from = firstTokenFrom(Math.min(a.start(), a.claimStart()));
            int to = lastTokenBefore(Math.max(a.end(), a.claimEnd())) + 1;
            if (!this.accusations.within(from, to).isEmpty()) {
                accusations.add(words(text.substring(a.claimStart(), a.claimEnd()).toLowerCase(Locale.ROOT)));
                accusers.add(a.party());
            }
        }
        List<Attribution> marked = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            boolean reply = false;
            String name = lastWord(a.speaker());
            for (int i = 0; i < accusations.size() && !reply && !name.isEmpty(); i++) {
                reply = !accusers.get(i).equals(a.party()) && accusations.get(i).contains(name);
            }
            Attribution.Builder b = a.toBuilder();
            b.reply = reply;
            marked.add(reply == a.reply() ? a : b.build());
        }
        return marked;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}_-]+");

    /** The words of a text, hyphenated ones also by their parts ("al-sudani", "al", "sudani"). */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : NOT_WORD.split(text)) {
            words.add(word);
            if (word.indexOf('-') >= 0) {
                words.addAll(java.util.Arrays.asList(word.split("-")));
            }
        }
        return words;
    }

    /** The last word of a name, lower case: "bat" for "British American Tobacco (Bat)", "police". */
    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", " ").strip().split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** How many sentences ahead a lede's unnamed description may find the organisation it refers to. */
    private static final int FORWARD_REACH = 3;

    /**
     * A lede's unnamed description with nothing before it ("The group said…") refers to the
     * organisation of the same kind the story names next ("JNIM said in a statement…").
     */
    private static List<Attribution> linkForward(List<Attribution> attributions) {
        List<Attribution> linked = new ArrayList<>(attributions);
        for (int i = 0; i < linked.size(); i++) {
            Attribution a = linked.get(i);
            boolean unlinked = !a.named() && !a.person() && !a.vague() && a.sourceKey().startsWith("body:")
                    && !a.sourceType().equals(SourceType.ANONYMOUS)
                    && a.sourceKey().equals("body:" + a.source().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", ""));
            if (!unlinked) {
                continue;
            }
            for (int j = i + 1; j < linked.size() && linked.get(j).sentence() <= a.sentence() + FORWARD_REACH; j++) {
                Attribution named = linked.get(j);
                if (named.named() && !named.person() && named.sourceKey().startsWith("body:")
                        && (named.sourceType().equals(a.sourceType()) || !specific(a.sourceType()) || !specific(named.sourceType()))) {
                    Attribution.Builder b = a.toBuilder();
                    b.speaker = named.speaker();
                    b.sourceType = specific(named.sourceType()) ? named.sourceType() : a.sourceType();
                    b.sourceKey = named.sourceKey();
                    b.party = named.party();
                    b.armed = a.armed() || named.armed();
                    linked.set(i, b.build());
                    break;
                }
            }
        }
        return linked;
    }

    private static boolean specific(String type) {
        return !type.equals(SourceType.PERSON) && !type.equals(SourceType.COMPANY);
    }

    private Attribution resolveOne(Attribution a, List<Attribution> earlier) {
        int from = firstTokenFrom(a.sourceStart());
        int to = lastTokenBefore(a.sourceEnd()) + 1;
        while (from < to && (LEADING.contains(tokens.get(from).norm()) || !tokens.get(from).isWord()
                || tokens.get(from).norm().endsWith("ly") && tokens.get(from).norm().length() > 4 && from == sentences.get(a.sentence()).firstToken())) {
            from++;
        }
        if (from < to && NounPhrases.isJoiner(tokens.get(from))) {
            // "in jail Analysts believe", "at their poster launch Tory co-chairman Liam Fox said": the
            // description starts at the next capitalised word, if any
            do {
                from++;
            } while (from < to && !tokens.get(from).capitalized());
        }
        while (to > from && (NounPhrases.isJoiner(tokens.get(to - 1)) || LEADING.contains(tokens.get(to - 1).norm()))) {
            to--; // "Mr Blair instead", "Lib Dem spokesman Ed Davey meanwhile"
        }
        if (from >= to || CUT_AFTER.contains(tokens.get(to - 1).norm())) {
            return null; // nothing left, or a fragment cut off after "the" (a quantifier is a head: "some claimed")
        }
        Attribution.Builder b = a.toBuilder();
        b.sourceStart = tokens.get(from).start();
        b.sourceEnd = tokens.get(to - 1).end();
        b.source = text.substring(b.sourceStart, b.sourceEnd);
        if (a.form() == Attribution.Form.SOURCE_VERB && a.start() < b.sourceStart) {
            b.start = b.sourceStart;
            b.firstToken = from;
        }
        String written = b.source.toLowerCase(Locale.ROOT).replaceFirst("['\u2019](ve|re|m|d|ll)$", "");
        Antecedents.Party party;
        if (to - from == 1 && SourceClassifier.isThing(tokens.get(from))) {
            return null; // "Something tells me", "say anything": no one speaks
        }
        if (to - from == 1 && NounPhrases.PRONOUNS.contains(written)) {
            party = antecedents.ofPronoun(a, written, earlier);
            if (party == null) {
                // "it said", "we believe" with nobody to point at: still reported speech, but no source
                party = new Antecedents.Party("", b.source, SourceType.PERSON, false, !written.equals("it"), false, false,
                        "unnamed:" + a.index());
            }
        } else {
            SourceClassifier.Description d = classifier.describe(from, to, a.firstToken(), a.lastToken() + 1);
            if (!d.party() && a.form() != Attribution.Form.VERB_SOURCE) {
                return null; // "the men's shot put title claimed", "There…, saying": no speaker before the verb
            }
            if (!d.party()) {
                // '"…," said the envoy': whoever follows a quote and its verb speaks, described or not
                d = new SourceClassifier.Description(true, SourceType.PERSON, false, true, false, false, false);
            }
            if (d.type().equals(SourceType.PERSON) || d.type().equals(SourceType.COMPANY) && !d.named()) {
                // "Lord Woolf, the Lord Chief Justice, said", "Director of Public Prosecutions, Ken
                // Macdonald, said": the words set off beside the name say what the source is
                String apposed = names.after(to);
                if (apposed == null) {
                    apposed = names.before(from);
                }
                if (apposed != null) {
                    d = new SourceClassifier.Description(true, apposed, d.named(), d.person(), d.vague(), d.armed(), false);
                }
            }
            party = antecedents.ofDescription(a, from, to, d, earlier);
        }
        b.speaker = party.name();
        b.sourceType = party.type();
        b.named = party.named();
        b.person = party.person();
        b.vague = party.vague();
        b.armed = party.armed();
        b.sourceKey = party.key();
        b.party = party.side();
        b.selfClaim = !party.vague() && !party.type().equals(SourceType.ANONYMOUS) && selfClaim(b, party);
        b.contested = b.selfClaim && contested(b.claimStart, b.claimEnd);
        return b.build();
    }

    /**
     * The claim refers back to its source ("its troops", "they had", "Police said officers…", a
     * claim naming the party itself) and is no plan ("would", "will"). Members after a capitalised
     * word are another side's ("Tajik troops").
     */
    private boolean selfClaim(Attribution.Builder a, Antecedents.Party party) {
        if (party.person() && !party.armed()) {
            return false; // a person speaking is a witness or a voice, not a body reporting on itself
        }
        int words = 0;
        boolean self = false;
        String name = party.name().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
        for (int k = firstTokenFrom(a.claimStart); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (t.end() > a.claimEnd || words >= CLAIM_WINDOW) {
                break;
            }
            words++;
            if (classifier.isTagged(t, "future")) {
                return false;
            }
            boolean pronoun = NounPhrases.PRONOUNS.contains(t.norm()) || t.norm().equals("its") || t.norm().equals("their")
                    || t.norm().equals("our") || t.norm().equals("itself") || t.norm().equals("themselves");
            boolean othersMembers = t.index() > 0 && tokens.get(t.index() - 1).capitalized(); // "Tajik troops"
            self |= classifier.isTagged(t, "self") && (pronoun || !othersMembers);
            self |= t.capitalized() && name.equals(t.norm()); // "Hezbollah's leader met…, the group reported"
        }
        return self;
    }

    /** How near, in tokens, a contested word must stand to the party's own words ("its troops killed"). */
    private static final int CONTESTED_REACH = 8;

    /**
     * The claim is contested where it concerns the party: a word of word list {@code contested-claims}
     * (other than a mere party to a fight, "troops") near a word by which the claim refers to the
     * source ("its troops had killed", "officers opened fire").
     */
    private boolean contested(int claimStart, int claimEnd) {
        int from = firstTokenFrom(claimStart);
        int to = lastTokenBefore(claimEnd) + 1;
        for (TermMatch m : contested.within(from, to)) {
            if (m.tag().equals("actor")) {
                continue;
            }
            for (int k = Math.max(from, m.firstToken() - CONTESTED_REACH); k <= Math.min(to - 1, m.lastToken() + CONTESTED_REACH); k++) {
                if (classifier.isTagged(tokens.get(k), "self")) {
                    return true;
                }
            }
        }
        return false;
    }

    private int firstTokenFrom(int offset) {
        return Sorted.firstAtOrAfter(tokens, Token::start, offset);
    }

    private int lastTokenBefore(int offset) {
        int i = firstTokenFrom(offset);
        return Math.max(0, i - 1);
    }
}
