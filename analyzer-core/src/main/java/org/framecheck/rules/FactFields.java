package org.framecheck.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.framecheck.facts.Article;
import org.framecheck.facts.Attribution;
import org.framecheck.facts.Quote;
import org.framecheck.facts.Sentence;
import org.framecheck.facts.Source;
import org.framecheck.facts.TermMatch;

/**
 * The fact types the engine inserts and the fields a DRL pattern can test on each: record
 * components and other public methods without arguments ({@code Quote( attributed )}). Error
 * messages and the type check list them, and a test keeps rules/README.md in step with them.
 */
final class FactFields {

    /** Every fact type rules can match, in the order the documentation presents them. */
    static final List<Class<?>> TYPES = List.of(Article.class, Sentence.class, Quote.class, Attribution.class,
            TermMatch.class, Source.class);

    private FactFields() {
    }

    /** The fact type a pattern names, simply ({@code Quote}) or fully qualified. */
    static Optional<Class<?>> type(String name) {
        return TYPES.stream().filter(t -> t.getSimpleName().equals(name) || t.getName().equals(name)).findFirst();
    }

    /** Field name to Java type, sorted by name. */
    static Map<String, Class<?>> fields(Class<?> type) {
        Map<String, Class<?>> fields = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(component.getName(), component.getType());
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                    && method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())
                    && !List.of("hashCode", "toString").contains(method.getName())) {
                fields.putIfAbsent(method.getName(), method.getReturnType());
            }
        }
        return fields;
    }
}
