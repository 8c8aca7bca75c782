package org.framecheck.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflection, so that a word list names a verb once ({@code slam}) and matches
 * {@code slams}, {@code slammed} and {@code slamming}. Irregular forms are not derived: a word list
 * writes them out ({@code forms=bite, bites, bit, bitten}).
 */
final class Inflector {

    private Inflector() {
    }

    static Set<String> verbForms(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        forms.add(thirdPerson(base));
        forms.add(past(base));
        forms.add(presentParticiple(base));
        return forms;
    }

    static Set<String> nounForms(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        forms.add(thirdPerson(base));
        return forms;
    }

    private static String thirdPerson(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (endsConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (endsConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return (doublesFinalConsonant(w) ? w + w.charAt(w.length() - 1) : w) + "ed";
    }

    private static String presentParticiple(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return (doublesFinalConsonant(w) ? w + w.charAt(w.length() - 1) : w) + "ing";
    }

    private static boolean endsConsonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2));
    }

    /** Consonant-vowel-consonant endings double in short words and in common stressed endings. */
    private static boolean doublesFinalConsonant(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char last = w.charAt(n - 1);
        boolean cvc = !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
        if (!cvc) {
            return false;
        }
        if (n <= 4) {
            return true;
        }
        for (String stressed : new String[] {"mit", "fer", "cur", "pel", "bel", "trol", "gret", "bed", "ped"}) {
            if (w.endsWith(stressed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
