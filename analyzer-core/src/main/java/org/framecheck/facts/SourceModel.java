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

    /** Words that open a clause or a sentence and never a source's name: "But the minister said". */
    private static final Set<String> LEADING = Set.of("but", "and", "or", "if", "while", "whilst", "although", "though",
            "however", "yet", "so", "meanwhile", "now", "later", "earlier", "also", "still", "then", "instead",
            "indeed", "nonetheless", "nevertheless", "moreover", "furthermore", "separately", "similarly", "because",
            "as", "when", "since", "after", "before", "until", "once", "even", "just", "only", "last", "recently",
            "previously", "finally", "today", "yesterday", "overnight", "that", "which", "who", "where");

    private static final int CLAIM_WINDOW = 16;

    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final String text;
    private final SourceClassifier classifier;
    private final Antecedents antecedents;
    private final List<TermMatch> contested;

    SourceModel(String text, List<Token> tokens, List<Sentence> sentences, SourceClassifier classifier,
                List<TermMatch> typeMatches, List<TermMatch> contested) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.classifier = classifier;
        this.antecedents = new Antecedents(text, tokens, sentences, classifier, typeMatches);
        this.contested = contested;
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
        return resolved;
    }

    private Attribution resolveOne(Attribution a, List<Attribution> earlier) {
        int from = firstTokenFrom(a.sourceStart());
        int to = lastTokenBefore(a.sourceEnd()) + 1;
        while (from < to && (LEADING.contains(tokens.get(from).norm()) || !tokens.get(from).isWord()
                || tokens.get(from).norm().endsWith("ly") && tokens.get(from).norm().length() > 4 && from == sentences.get(a.sentence()).firstToken())) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        Attribution.Builder b = a.toBuilder();
        b.sourceStart = tokens.get(from).start();
        b.sourceEnd = tokens.get(to - 1).end();
        b.source = text.substring(b.sourceStart, b.sourceEnd);
        if (a.form() == Attribution.Form.SOURCE_VERB && a.start() < b.sourceStart) {
            b.start = b.sourceStart;
            b.firstToken = from;
        }
        String written = b.source.toLowerCase(Locale.ROOT);
        Antecedents.Party party;
        if (to - from == 1 && NounPhrases.PRONOUNS.contains(written)) {
            party = antecedents.ofPronoun(a, written, earlier);
            if (party == null) {
                // "it said", "we believe" with nobody to point at: still reported speech, but no source
                party = new Antecedents.Party("", b.source, SourceType.PERSON, false, !written.equals("it"), false, false,
                        "unnamed:" + a.index());
            }
        } else {
            SourceClassifier.Description d = classifier.describe(from, to, a.firstToken(), a.lastToken() + 1);
            if (!d.party()) {
                return null;
            }
            if (d.type().equals(SourceType.PERSON) || d.type().equals(SourceType.COMPANY) && !d.named()) {
                // "Lord Woolf, the Lord Chief Justice, said": the appositive says what the source is
                String apposed = antecedents.appositiveType(to);
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
        b.contested = contested(b.claimStart, b.claimEnd);
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

    private boolean contested(int claimStart, int claimEnd) {
        for (TermMatch m : contested) {
            if (m.start() >= claimStart && m.end() <= claimEnd) {
                return true;
            }
        }
        return false;
    }

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

    private int lastTokenBefore(int offset) {
        int i = firstTokenFrom(offset);
        return Math.max(0, i - 1);
    }
}
