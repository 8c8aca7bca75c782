package org.framecheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lemmatiser undoes exactly what word lists' forms=verb and forms=noun generate. */
class LemmatizerTest {

    @ParameterizedTest
    @CsvSource({
            "slammed, slam", "slams, slam", "slamming, slam", "Claimed, claim", "admitted, admit",
            "referred, refer", "controlled, control", "called, call", "passed, pass", "denied, deny",
            "denies, deny", "denying, deny", "dying, die", "died, die", "ties, tie", "hoped, hope",
            "hopping, hop", "noted, note", "raised, raise", "argued, argue", "arguing, argue",
            "described, describe", "traded, trade", "conceded, concede", "excoriated, excoriate",
            "combined, combine", "required, require", "attacked, attack", "invoked, invoke",
            "rebutted, rebut", "refuted, refute", "militias, militia", "embassies, embassy",
            "pushes, push", "taxes, tax", "said, say", "was, be", "women, woman", "news, news",
            "press, press", "bring, bring", "is, be", "bus, bus", "warning, warn", "vowed, vow", "ridiculed, ridicule", "hauled, haul",
            "accuses, accuse", "declared, declare", "agreed, agree", "needed, need", "proceeded, proceed",
            "jihadis, jihadi", "Israelis, israeli", "analysis, analysis", "this, this", "added, add"})
    void stripsRegularAndKnownIrregularInflections(String word, String lemma) {
        assertThat(Lemmatizer.lemma(word)).isEqualTo(lemma);
    }

    /** Every form that a built-in list generates from a base leads back to that base. */
    @Test
    void undoesEveryFormTheBuiltInWordListsGenerate() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String verb : bases("forms=verb", true)) {
            for (String form : Inflector.verbForms(verb)) {
                if (!Lemmatizer.lemma(form).equals(verb)) {
                    failures.add(form + " -> " + Lemmatizer.lemma(form) + " (expected " + verb + ")");
                }
            }
        }
        for (String noun : bases("forms=noun", false)) {
            for (String form : Inflector.nounForms(noun)) {
                if (!Lemmatizer.lemma(form).equals(noun)) {
                    failures.add(form + " -> " + Lemmatizer.lemma(form) + " (expected " + noun + ")");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The inflected word of each entry with {@code forms}: the first word of a verb, the last of a noun. */
    private static Set<String> bases(String forms, boolean firstWord) throws IOException {
        Set<String> bases = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".words")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("#") && line.contains("| " + forms)) {
                        String[] words = line.substring(0, line.indexOf('|')).strip().split("\\s+");
                        String base = words[firstWord ? 0 : words.length - 1];
                        // a listed plural ("migrants") is its own base, and a noun in -ing ("killing")
                        // is a verb's form: their lemmas are the singular and the verb
                        if (!base.endsWith("s") && !base.endsWith("ing") && !base.contains("*")) {
                            bases.add(base);
                        }
                    }
                }
            }
        }
        assertThat(bases).hasSizeGreaterThan(40);
        return bases;
    }
}
