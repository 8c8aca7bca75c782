package org.framecheck.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.framecheck.document.LineIndex;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.facts.PartsOfSpeech;
import org.framecheck.facts.Spanned;
import org.framecheck.facts.Token;

/**
 * Every fact the rules can match in one document, with every field a pattern can test and where it
 * stands (line:column), as a readable listing or as JSON: the rule author's view of why a rule does
 * or does not fire, like PMD's designer. Tokens, which rules do not match directly, come first with
 * their part of speech and lemma, since word-list keys such as {@code pos=} and {@code lemma()} test them.
 */
public final class FactsView {

    private static final int SHOWN = 80;

    private final DocumentFacts facts;
    private final LineIndex lines;

    public FactsView(DocumentFacts facts) {
        this.facts = facts;
        this.lines = LineIndex.of(facts.document().text());
    }

    /** One line per fact: its type, index, position and fields ({@code name=value}). */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(facts.document().path()).append('\n');
        List<Token> tokens = facts.tokens();
        List<String> tags = PartsOfSpeech.tagsOf(tokens);
        out.append("Tokens (").append(tokens.size()).append(")\n");
        for (Token t : tokens) {
            out.append("  ").append(where(t.start())).append(' ').append(t.text()).append('/').append(tags.get(t.index()))
                    .append(t.kind() == Token.Kind.WORD ? " lemma=" + Conditions.lemma(t.norm()) : "").append('\n');
        }
        for (Class<?> type : FactFields.TYPES) {
            List<?> all = factsOf(type);
            out.append(type.getSimpleName()).append(" (").append(all.size()).append(")\n");
            for (Object fact : all) {
                out.append("  ");
                for (Map.Entry<String, Object> field : fields(type, fact).entrySet()) {
                    out.append(field.getKey()).append('=').append(shown(field.getValue())).append(' ');
                }
                out.setLength(out.length() - 1);
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The same facts as JSON: {@code {"path": …, "tokens": [...], "Sentence": [{field: value…}], …}}. */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("path", facts.document().path());
            List<String> tags = PartsOfSpeech.tagsOf(facts.tokens());
            json.writeArrayFieldStart("tokens");
            for (Token t : facts.tokens()) {
                json.writeStartObject();
                json.writeStringField("text", t.text());
                json.writeNumberField("start", t.start());
                json.writeNumberField("end", t.end());
                json.writeStringField("pos", tags.get(t.index()));
                json.writeStringField("lemma", t.kind() == Token.Kind.WORD ? Conditions.lemma(t.norm()) : t.norm());
                json.writeEndObject();
            }
            json.writeEndArray();
            for (Class<?> type : FactFields.TYPES) {
                json.writeArrayFieldStart(type.getSimpleName());
                for (Object fact : factsOf(type)) {
                    json.writeStartObject();
                    for (Map.Entry<String, Object> field : fields(type, fact).entrySet()) {
                        Object v = field.getValue();
                        if (v instanceof Number n) {
                            json.writeNumberField(field.getKey(), n.longValue());
                        } else if (v instanceof Boolean b) {
                            json.writeBooleanField(field.getKey(), b);
                        } else {
                            json.writeStringField(field.getKey(), String.valueOf(v));
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private List<?> factsOf(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Article" -> List.of(facts.article());
            case "Sentence" -> facts.sentences();
            case "Quote" -> facts.quotes();
            case "Attribution" -> facts.attributions();
            case "TermMatch" -> facts.terms();
            case "Source" -> facts.sources();
            default -> List.of();
        };
    }

    /** The fields a pattern can test, in name order, with "where" (line:column) first for facts with a start. */
    private Map<String, Object> fields(Class<?> type, Object fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Class<?>> names = FactFields.fields(type);
        if (names.containsKey("start")) {
            values.put("where", where(((Number) value(type, fact, "start")).intValue()));
        }
        for (String name : names.keySet()) {
            Object v = value(type, fact, name);
            if (v instanceof List<?> list) {
                v = list.stream().map(item -> item instanceof Spanned span ? where(span.start()) : String.valueOf(item))
                        .collect(Collectors.joining(" "));
            }
            values.put(name, v);
        }
        return values;
    }

    private static Object value(Class<?> type, Object fact, String name) {
        try {
            Method m = type.getMethod(name);
            return m.invoke(fact);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }

    private String where(int offset) {
        return lines.line(offset) + ":" + lines.column(offset);
    }

    private static String shown(Object v) {
        if (v instanceof String s) {
            String one = s.replaceAll("\\s+", " ");
            return "\"" + (one.length() <= SHOWN ? one : one.substring(0, SHOWN - 1) + "…") + "\"";
        }
        return String.valueOf(v);
    }
}
