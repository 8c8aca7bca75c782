package org.framecheck.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A light English lemmatiser, the inverse of {@link Inflector}: {@code lemma("slammed")} is
 * {@code slam} because a word list's {@code slam | … | forms=verb} matches "slammed". It strips
 * regular inflections (-s, -es, -ies, -ed, -ied, -ing) and knows a few irregular verbs that news
 * copy uses all the time (said, told, was). It does not know parts of speech: "morning" becomes
 * "morn", as "warning" becomes "warn", and "killings" becomes "kill".
 */
public final class Lemmatizer {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("am", "be"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"),
            Map.entry("were", "be"), Map.entry("been", "be"), Map.entry("being", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("having", "have"),
            Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("done", "do"),
            Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("made", "make"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("held", "hold"),
            Map.entry("thought", "think"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
            Map.entry("people", "person"), Map.entry("agreed", "agree"), Map.entry("freed", "free"),
            Map.entry("guaranteed", "guarantee"),
            // words that only look inflected
            Map.entry("news", "news"), Map.entry("series", "series"), Map.entry("species", "species"),
            Map.entry("politics", "politics"), Map.entry("always", "always"), Map.entry("perhaps", "perhaps"),
            Map.entry("towards", "towards"), Map.entry("during", "during"), Map.entry("nothing", "nothing"),
            Map.entry("something", "something"), Map.entry("anything", "anything"), Map.entry("everything", "everything"));

    private Lemmatizer() {
    }

    /** The base form of {@code word}, lower-cased; the word itself when no regular inflection fits. */
    public static String lemma(String word) {
        String w = TermNormalizer.normalize(word.strip());
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("eed")) {
            return w; // need, proceed, succeed; agreed and freed are listed
        }
        String undoubled = undoubled(w);
        if (undoubled != null) {
            return undoubled;
        }
        for (String candidate : candidates(w)) {
            if (Inflector.verbForms(candidate).contains(w) || Inflector.nounForms(candidate).contains(w)) {
                return candidate;
            }
        }
        return w;
    }

    /**
     * Possible bases in order of preference; {@link #lemma} keeps the first that {@link Inflector}
     * inflects back to the word, so an ambiguous ending ("hoped": hop or hope?) is settled by the
     * same spelling rules that word lists use.
     */
    private static List<String> candidates(String w) {
        List<String> out = new ArrayList<>();
        if (w.endsWith("ies") || w.endsWith("ied")) {
            String stem = w.substring(0, w.length() - 3);
            if (stem.length() <= 1) {
                out.add(w.substring(0, w.length() - 1)); // ties, died: tie, die
            }
            out.add(stem + "y");
        }
        if (w.endsWith("ying") && w.length() <= 6) {
            out.add(w.substring(0, w.length() - 4) + "ie"); // dying, lying: die, lie
        }
        if (w.endsWith("ing")) {
            addStems(w.substring(0, w.length() - 3), out);
        }
        if (w.endsWith("ed")) {
            addStems(w.substring(0, w.length() - 2), out);
        }
        if (w.endsWith("es")) {
            String stem = w.substring(0, w.length() - 2);
            if (needsFinalE(stem)) {
                out.add(stem + "e"); // accuses, discloses: accuse, disclose
            }
            out.add(stem);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("sis") && !w.endsWith("xis")
                && !w.endsWith("his")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /**
     * The base of a long word whose -ed or -ing doubled a consonant (rebutted, committed,
     * embedded), or null. Trusted without asking {@link Inflector}, which doubles only after the
     * stressed endings it knows: a base of four letters or more rarely ends in a double letter
     * other than ll, ss, ff or zz.
     */
    private static String undoubled(String w) {
        String stem = w.endsWith("ed") ? w.substring(0, w.length() - 2) : w.endsWith("ing") ? w.substring(0, w.length() - 3) : null;
        if (stem == null || stem.length() < 5) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        boolean doubled = last == stem.charAt(stem.length() - 2) && !isVowel(last);
        return doubled && "lsfz".indexOf(last) < 0 ? stem.substring(0, stem.length() - 1) : null;
    }

    /** Bases for a stem left by -ed or -ing: slamm → slam, not → note, rais → raise, warn → warn. */
    private static void addStems(String stem, List<String> out) {
        int n = stem.length();
        if (!hasVowel(stem)) {
            return; // bring, string, shed: no -ing or -ed was added
        }
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
            String single = stem.substring(0, n - 1);
            // call, pass, staff, buzz keep their double letter; control, compel drop it
            if (single.length() > 4 || "lsfz".indexOf(stem.charAt(n - 1)) < 0) {
                out.add(single);
            }
        }
        if (needsFinalE(stem)) {
            out.add(stem + "e");
        }
        out.add(stem);
        out.add(stem + "e");
    }

    /**
     * True when a stem most likely lost a final e: endings English verbs rarely have without one
     * (argu-, mov-, forc-, seiz-, rais-, troubl-, ridicul-, trad-, describ-, relat-, combin-). Wrong for a few
     * verbs (focus, pivot, combat): a light lemmatiser trades them for the common case.
     */
    private static boolean needsFinalE(String stem) {
        int n = stem.length();
        if (n < 2) {
            return false;
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        boolean consonantBefore = n < 3 || !vowelAt(stem, n - 3);
        if (n <= 3 && !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(before)) {
            return true; // us, hop, not: a short stem that was not doubled had an e
        }
        return switch (last) {
            case 'u', 'v', 'c' -> true;
            case 'z' -> before != 'z';
            case 's' -> isVowel(before) || "yrnp".indexOf(before) >= 0;
            case 'g' -> before != 'n' && before != 'g';
            // troubl-, ridicul-, schedul-; haul, growl and control have no e
            case 'l' -> !isVowel(before) && "lrw".indexOf(before) < 0 || before == 'u' && consonantBefore;
            case 'd', 'k' -> isVowel(before) && consonantBefore;
            case 'b' -> (before == 'i' || before == 'o') && consonantBefore;
            case 'm' -> "aou".indexOf(before) >= 0 && consonantBefore;
            case 'n' -> before == 'i' && consonantBefore;
            case 'p' -> before == 'a' && consonantBefore;
            case 'r' -> (before == 'a' || before == 'u' || before == 'i') && consonantBefore;
            case 't' -> before == 'a' ? stem.charAt(n - 3) != 'e' && stem.charAt(n - 3) != 'o'
                    : (before == 'o' || before == 'u') && consonantBefore;
            default -> false;
        };
    }

    /** A vowel, counting the u of "qu" as a consonant (requir-, quot-). */
    private static boolean vowelAt(String s, int i) {
        return isVowel(s.charAt(i)) && !(s.charAt(i) == 'u' && i > 0 && s.charAt(i - 1) == 'q');
    }

    /** A base needs a vowel: "bring" is not "br" + -ing. */
    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i)) || s.charAt(i) == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
