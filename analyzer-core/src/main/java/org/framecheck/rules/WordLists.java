package org.framecheck.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framecheck.lexicon.Lexicon;
import org.framecheck.lexicon.LexiconEntry;
import org.framecheck.lexicon.LexiconParser;
import org.framecheck.lexicon.LexiconSyntaxException;

/** The word lists of a rule set: read with every broken line reported, merged by name, and the values rules may compare. */
final class WordLists {

    private WordLists() {
    }

    /** Every word list among {@code files}, lists of one name merged in file order. */
    static Map<String, Lexicon> read(List<RuleFile> files, List<RuleProblem> problems) {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (!file.isWordList()) {
                continue;
            }
            wordList(file, problems).ifPresent(lexicon -> lexicons.merge(lexicon.name(), lexicon, (a, b) -> {
                List<LexiconEntry> entries = new ArrayList<>(a.entries());
                entries.addAll(b.entries());
                return new Lexicon(a.name(), a.file() + ", " + b.file(), entries);
            }));
        }
        return lexicons;
    }

    /**
     * Reads one word list, reporting every broken line: the parser stops at the first, so each one
     * found is blanked (line numbers stay true) and the list read again.
     */
    private static Optional<Lexicon> wordList(RuleFile file, List<RuleProblem> problems) {
        String[] lines = file.content().split("\r\n|\r|\n", -1);
        boolean broken = false;
        while (true) {
            try {
                Lexicon lexicon = LexiconParser.parse(file.wordListName(), file.name(), String.join("\n", lines));
                return broken ? Optional.empty() : Optional.of(lexicon);
            } catch (LexiconSyntaxException e) {
                problems.add(new RuleProblem(e.file(), e.line(), e.column(), e.getMessage()));
                broken = true;
                if (e.line() < 1 || e.line() > lines.length || lines[e.line() - 1].isEmpty()) {
                    return Optional.empty();
                }
                lines[e.line() - 1] = "";
            }
        }
    }

    /**
     * The values a text field can take, where there is a fixed set: word lists and their tags (from the
     * lists loaded), source types, genres, voices. A rule comparing such a field with another value
     * would never fire.
     */
    static Map<String, Set<String>> valueSets(Map<String, Lexicon> lexicons) {
        Set<String> tags = new HashSet<>();
        for (Lexicon lexicon : lexicons.values()) {
            lexicon.entries().forEach(e -> {
                if (e.tag() != null && !e.tag().isEmpty()) {
                    tags.add(e.tag());
                }
            });
        }
        Set<String> types = Set.copyOf(org.framecheck.facts.SourceType.PRIORITY);
        Set<String> genres = Set.of(org.framecheck.facts.Genre.NEWS, org.framecheck.facts.Genre.ANALYSIS,
                org.framecheck.facts.Genre.OPINION, org.framecheck.facts.Genre.REVIEW, org.framecheck.facts.Genre.LETTERS,
                org.framecheck.facts.Genre.COMMENT);
        return Map.of("TermMatch.list", Set.copyOf(lexicons.keySet()), "TermMatch.tag", Set.copyOf(tags),
                "Attribution.sourceType", types, "Source.type", types, "Article.genre", genres,
                "Sentence.voice", Set.of(org.framecheck.facts.Genre.NEWS, org.framecheck.facts.Genre.OPINION));
    }
}
