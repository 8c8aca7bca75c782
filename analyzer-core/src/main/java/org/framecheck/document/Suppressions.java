package org.framecheck.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The switches an editor writes into an article: inline comments
 * {@code <!-- framecheck-disable rule-id -->} … {@code <!-- framecheck-enable -->} and
 * {@code <!-- framecheck-disable-next-line rule-id -->} (no rule ids: every rule), and front matter
 * {@code framecheck: off} and {@code framecheck.disable: [rule, …]}.
 */
public final class Suppressions {

    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*framecheck-(disable-next-line|disable|enable)\\b([^>]*?)-->");

    private record Range(int start, int end, Set<String> rules, String how) {
        boolean covers(int offset, String rule) {
            return offset >= start && offset < end && (rules.isEmpty() || rules.contains(rule));
        }
    }

    /** A rule id an article names in a switch, and where. */
    private record Named(String id, int line, String how) {
    }

    private final boolean off;
    private final List<Range> ranges;
    private final List<Named> named;

    private Suppressions(boolean off, List<Range> ranges, List<Named> named) {
        this.off = off;
        this.ranges = List.copyOf(ranges);
        this.named = List.copyOf(named);
    }

    public static Suppressions of(Document document) {
        String text = document.text();
        LineIndex lines = LineIndex.of(text);
        List<Range> ranges = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        Range open = null;
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            String kind = m.group(1);
            Set<String> rules = ruleIds(m.group(2));
            int line = lines.line(m.start());
            for (String id : rules) {
                named.add(new Named(id, line, "framecheck-" + kind));
            }
            switch (kind) {
                case "disable-next-line" -> {
                    int next = line + 1;
                    if (next <= lines.lineCount()) {
                        int start = lines.lineStart(next);
                        int end = next + 1 <= lines.lineCount() ? lines.lineStart(next + 1) : text.length();
                        ranges.add(new Range(start, end, rules, "framecheck-disable-next-line at line " + line));
                    }
                }
                case "disable" -> {
                    if (open != null) {
                        ranges.add(new Range(open.start(), m.start(), open.rules(), open.how()));
                    }
                    open = new Range(m.end(), text.length(), rules, "framecheck-disable at line " + line);
                }
                default -> {
                    if (open != null) {
                        ranges.add(new Range(open.start(), m.start(), open.rules(), open.how()));
                        open = null;
                    }
                }
            }
        }
        if (open != null) {
            ranges.add(open);
        }
        List<String> offValues = document.frontMatter().getOrDefault("framecheck", List.of());
        boolean off = offValues.stream().anyMatch(v -> v.strip().equalsIgnoreCase("off") || v.strip().equalsIgnoreCase("false"));
        Set<String> disabled = ruleIds(String.join(",", document.frontMatter().getOrDefault("framecheck.disable", List.of())));
        if (!disabled.isEmpty()) {
            ranges.add(new Range(0, text.length(), disabled, "front matter framecheck.disable"));
            for (String id : disabled) {
                named.add(new Named(id, 1, "front matter framecheck.disable"));
            }
        }
        return new Suppressions(off, ranges, named);
    }

    /**
     * The rule ids the article's switches name that are not among {@code known}, each as "line N:
     * unknown rule id 'x' in framecheck-disable-next-line (did you mean y?)": a mistyped id would
     * otherwise switch nothing off, silently.
     */
    public List<String> unknownIds(java.util.Collection<String> known) {
        List<String> out = new ArrayList<>();
        for (Named n : named) {
            if (!known.contains(n.id())) {
                out.add("line " + n.line() + ": unknown rule id '" + n.id() + "' in " + n.how()
                        + org.framecheck.rules.NearestName.hint(n.id(), known));
            }
        }
        return out;
    }

    /** True when front matter says {@code framecheck: off}: the article is not analysed. */
    public boolean articleOff() {
        return off;
    }

    /** What switched off {@code rule} at {@code offset}, if anything did. */
    public Optional<String> suppression(String rule, int offset) {
        for (Range r : ranges) {
            if (r.covers(offset, rule)) {
                return Optional.of(r.how());
            }
        }
        return Optional.empty();
    }

    private static Set<String> ruleIds(String list) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (String id : list.replace("[", " ").replace("]", " ").split("[,\\s]+")) {
            String trimmed = id.strip().replaceAll("^[\"']|[\"']$", "");
            if (!trimmed.isEmpty()) {
                ids.add(trimmed);
            }
        }
        return ids;
    }
}
