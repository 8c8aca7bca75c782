package org.framecheck.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a word list. One entry a line, columns separated by {@code |}:
 *
 * <pre>
 * # comment
 * term | suggestion | key=value | key=value
 * </pre>
 *
 * <p>The term is one or more words, matched case-insensitively; {@code *} stands for one to four
 * words, {@code _} for exactly one, {@code ^} for one capitalised word, {@code #} for one number, and
 * {@code *-backed} for any word ending in {@code -backed}; braces list alternatives, an empty one
 * making the group optional ({@code there {is,are} {also,} fears} is four terms). A
 * hyphenated word also matches with a space ({@code so-called}, {@code so called}). Keys:
 * {@code forms=verb} (slam, slams, slammed, slamming: the first word is inflected),
 * {@code forms=noun} (the last word takes a plural), {@code forms=a, b, c} (explicit forms),
 * {@code not-before=phrase, phrase} and {@code not-after=phrase, phrase} (another sense when one of
 * these appears among the four words after or before; words that a trailing {@code _} or {@code ^}
 * matched count as words after), {@code tag=value}, {@code note=text}.
 */
public final class LexiconParser {

    private static final Set<String> KEYS = Set.of("forms", "not-before", "not-after", "not-object", "pos", "tag", "note");

    private LexiconParser() {
    }

    /**
     * @param name the list's name
     * @param file the file name that errors should show
     * @param text the file's content
     */
    public static Lexicon parse(String name, String file, String text) throws LexiconSyntaxException {
        List<LexiconEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            entries.addAll(parseLine(file, i + 1, line));
        }
        return new Lexicon(name, file, entries);
    }

    private static List<LexiconEntry> parseLine(String file, int lineNumber, String line) throws LexiconSyntaxException {
        String[] columns = line.split("\\|", -1);
        String term = columns[0].strip();
        if (term.isEmpty()) {
            throw new LexiconSyntaxException(file, lineNumber, 1, "missing term before '|'");
        }
        String suggestion = columns.length > 1 ? columns[1].strip() : "";
        String forms = "";
        String tag = "";
        String note = "";
        List<List<String>> notBefore = List.of();
        List<List<String>> notAfter = List.of();
        Set<String> notObject = Set.of();
        Set<String> pos = Set.of();
        int columnStart = columns[0].length() + 1 + (columns.length > 1 ? columns[1].length() + 1 : 0);
        for (int c = 2; c < columns.length; c++) {
            String attribute = columns[c].strip();
            int at = columnStart + leadingSpaces(columns[c]) + 1;
            columnStart += columns[c].length() + 1;
            if (attribute.isEmpty()) {
                continue;
            }
            int eq = attribute.indexOf('=');
            String key = eq < 0 ? attribute : attribute.substring(0, eq).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw new LexiconSyntaxException(file, lineNumber, at,
                        "unknown attribute '" + attribute + "' (expected one of " + String.join(", ", KEYS.stream().sorted().toList()) + ", as key=value)");
            }
            String value = attribute.substring(eq + 1).strip();
            switch (key) {
                case "forms" -> forms = value;
                case "not-before" -> notBefore = phrases(value);
                case "not-after" -> notAfter = phrases(value);
                case "not-object" -> notObject = objectHeads(value);
                case "pos" -> pos = partsOfSpeech(file, lineNumber, at, value);
                case "tag" -> tag = value;
                default -> note = value;
            }
        }
        misplacedAttribute(file, lineNumber, line, columns);
        List<LexiconEntry> entries = new ArrayList<>();
        for (String alternative : TermAlternatives.expand(file, lineNumber, line, term)) {
            List<String> pattern = words(alternative);
            validate(file, lineNumber, line, pattern);
            entries.addAll(entries(pattern, forms(file, lineNumber, pattern, forms), suggestion, tag, note, notBefore, notAfter, notObject, pos, lineNumber));
        }
        return entries;
    }

    private static List<LexiconEntry> entries(List<String> pattern, List<List<String>> forms, String suggestion, String tag, String note,
                                              List<List<String>> notBefore, List<List<String>> notAfter, Set<String> notObject,
                                              Set<String> pos, int lineNumber) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (List<String> form : forms) {
            entries.add(new LexiconEntry(String.join(" ", form), form, suggestion, tag, note, notBefore, notAfter, notObject, pos, lineNumber));
            if (form.stream().anyMatch(w -> w.indexOf('-') > 0 && !LexiconEntry.isSuffix(w))) {
                List<String> spaced = new ArrayList<>();
                for (String w : form) {
                    spaced.addAll(LexiconEntry.isSuffix(w) ? List.of(w) : Arrays.asList(w.split("-")));
                }
                spaced.removeIf(String::isEmpty);
                entries.add(new LexiconEntry(String.join(" ", form), spaced, suggestion, tag, note, notBefore, notAfter, notObject, pos, lineNumber));
            }
        }
        return entries;
    }

    private static List<List<String>> forms(String file, int line, List<String> pattern, String forms) throws LexiconSyntaxException {
        List<List<String>> result = new ArrayList<>();
        result.add(pattern);
        if (forms.isEmpty()) {
            return result;
        }
        if (forms.equals("verb") || forms.equals("noun")) {
            int position = forms.equals("verb") ? firstLiteral(pattern) : lastLiteral(pattern);
            if (position < 0) {
                throw new LexiconSyntaxException(file, line, 1, "forms=" + forms + " needs a plain word to inflect");
            }
            Set<String> inflected = forms.equals("verb")
                    ? Inflector.verbForms(pattern.get(position))
                    : Inflector.nounForms(pattern.get(position));
            for (String form : inflected) {
                List<String> copy = new ArrayList<>(pattern);
                copy.set(position, form);
                if (!copy.equals(pattern)) {
                    result.add(copy);
                }
            }
            return result;
        }
        Set<List<String>> explicit = new LinkedHashSet<>(result);
        for (String form : forms.split(",")) {
            if (!form.isBlank()) {
                explicit.add(words(form));
            }
        }
        return new ArrayList<>(explicit);
    }

    private static int firstLiteral(List<String> pattern) {
        for (int i = 0; i < pattern.size(); i++) {
            if (isLiteral(pattern.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastLiteral(List<String> pattern) {
        for (int i = pattern.size() - 1; i >= 0; i--) {
            if (isLiteral(pattern.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLiteral(String element) {
        return !element.equals(LexiconEntry.GAP) && !element.equals(LexiconEntry.ANY_WORD)
                && !element.equals(LexiconEntry.CAPITALIZED) && !element.equals(LexiconEntry.NUMBER)
                && !LexiconEntry.isSuffix(element);
    }

    private static void validate(String file, int lineNumber, String line, List<String> pattern) throws LexiconSyntaxException {
        String first = pattern.get(0);
        if (first.equals(LexiconEntry.GAP) || first.equals(LexiconEntry.ANY_WORD) || first.equals(LexiconEntry.CAPITALIZED)
                || first.equals(LexiconEntry.NUMBER)) {
            throw new LexiconSyntaxException(file, lineNumber, line.indexOf(first) + 1,
                    "a term must start with a word or a word ending such as *-backed, not '" + first + "'");
        }
        String last = pattern.get(pattern.size() - 1);
        if (last.equals(LexiconEntry.GAP)) {
            throw new LexiconSyntaxException(file, lineNumber, line.lastIndexOf('*') + 1, "a term cannot end with '*'");
        }
        for (String element : pattern) {
            if (element.length() > 1 && element.indexOf('*') > 0) {
                throw new LexiconSyntaxException(file, lineNumber, line.indexOf(element) + 1,
                        "'*' may only open a word, as in *-backed: '" + element + "'");
            }
        }
    }

    /** Object heads in both numbers: "title" also stands for "titles". */
    private static Set<String> objectHeads(String value) {
        Set<String> heads = new LinkedHashSet<>();
        for (String head : value.split(",")) {
            String word = TermNormalizer.normalize(head.strip());
            if (word.equals(LexiconEntry.GAP)) {
                heads.add(word); // any noun object
            } else if (!word.isEmpty()) {
                heads.add(word);
                heads.addAll(Inflector.nounForms(word));
            }
        }
        return heads;
    }

    private static Set<String> partsOfSpeech(String file, int line, int column, String value) throws LexiconSyntaxException {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String p = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (!LexiconEntry.PARTS_OF_SPEECH.contains(p)) {
                throw new LexiconSyntaxException(file, line, column, "pos=" + value + ": a part of speech is one of "
                        + String.join(", ", LexiconEntry.PARTS_OF_SPEECH.stream().sorted().toList()));
            }
            parts.add(p);
        }
        return parts;
    }

    private static List<List<String>> phrases(String value) {
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : value.split(",")) {
            if (!phrase.isBlank()) {
                phrases.add(words(phrase));
            }
        }
        return phrases;
    }

    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("(?<![\\w-])([a-z-]+)=");

    /**
     * An attribute written where a term, a suggestion or another attribute's value stands: a missing
     * {@code |} ("claim forms=verb", "claim | forms=verb", "forms=verb tag=x") would otherwise become
     * part of a term or a value and never match.
     */
    private static void misplacedAttribute(String file, int lineNumber, String line, String[] columns) throws LexiconSyntaxException {
        int offset = 0;
        for (int c = 0; c < columns.length; c++) {
            java.util.regex.Matcher m = ATTRIBUTE.matcher(columns[c]);
            while (m.find()) {
                if (!KEYS.contains(m.group(1)) || c >= 2 && m.start() == leadingSpaces(columns[c])) {
                    continue; // not an attribute name, or the column's own key
                }
                String what = c == 0 ? "the term" : c == 1 ? "the suggestion" : "the value of another attribute";
                String fix = c == 1 ? " (an entry without a suggestion keeps its column empty: 'term | | "
                        + m.group(1) + "=…')" : "";
                throw new LexiconSyntaxException(file, lineNumber, offset + m.start() + 1,
                        "'" + m.group(1) + "=' stands in " + what + ": a '|' is missing before it" + fix);
            }
            offset += columns[c].length() + 1;
        }
    }

    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = TermNormalizer.normalize(word);
            // the tokenizer splits a possessive off ("Tehran's" is "tehran" "'s"), so a term does too:
            // "moscow's regime" matches "Moscow's regime"
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                words.add(w.substring(0, w.length() - 2));
                words.add("'s");
            } else if (w.length() > 1 && w.indexOf('/') >= 0) {
                // and a slash is a token of its own ("9/11" is "9" "/" "11")
                for (String part : w.split("(?<=/)|(?=/)")) {
                    words.add(part);
                }
            } else {
                words.add(w);
            }
        }
        return words;
    }

    private static int leadingSpaces(String s) {
        int n = 0;
        while (n < s.length() && Character.isWhitespace(s.charAt(n))) {
            n++;
        }
        return n;
    }
}
