package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.framecheck.facts.Attribution;
import org.framecheck.facts.Quote;
import org.framecheck.facts.SourceType;
import org.junit.jupiter.api.Test;

/** rules/README.md documents every fact field, function, annotation and word-list key there is. */
class RulesReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("../rules/README.md"), StandardCharsets.UTF_8);
    }

    /** The text of the {@code ### heading} section, up to the next heading. */
    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n### " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = readme.indexOf("\n#", start + heading.length() + 5);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void everyFieldOfEveryFactTypeIsDocumentedInItsSection() throws IOException {
        String readme = readme();
        for (Class<?> type : FactFields.TYPES) {
            String section = section(readme, type.getSimpleName());
            assertThat(FactFields.fields(type).keySet()).as(type.getSimpleName())
                    .allSatisfy(field -> assertThat(section).contains("`" + field + "`"));
        }
    }

    @Test
    void enumValuesAndSourceTypesAreDocumented() throws IOException {
        String readme = readme();
        List<String> names = Arrays.stream(SourceType.class.getFields()).filter(f -> f.getType() == String.class)
                .map(f -> "`" + f.getName() + "`").toList();
        assertThat(names).hasSize(14).allSatisfy(name -> assertThat(readme).contains(name));
        assertThat(Attribution.Form.values()).allSatisfy(v -> assertThat(readme).contains("`" + v.name() + "`"));
        assertThat(Quote.Marks.values()).allSatisfy(v -> assertThat(readme).contains("`" + v.name() + "`"));
    }

    @Test
    void everyConditionsFunctionAndFlagMethodIsDocumented() throws IOException {
        String readme = readme();
        assertThat(Arrays.stream(Conditions.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)).allSatisfy(name -> assertThat(readme).contains("`" + name + "("));
        assertThat(Arrays.stream(FindingCollector.class.getMethods()).filter(m -> m.getName().startsWith("flag"))
                .map(Method::getName)).allSatisfy(name -> assertThat(readme).contains("findings." + name + "(kcontext"));
    }

    @Test
    void everyAnnotationAndWordListKeyIsDocumented() throws IOException {
        String readme = readme();
        assertThat(Arrays.stream(RuleMetadata.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !List.of("id", "file", "line").contains(name)))
                .allSatisfy(name -> assertThat(readme).contains("`@" + name + "`"));
        assertThat(List.of("forms=verb", "forms=noun", "not-before=", "not-after=", "not-object=", "pos=", "tag=", "note="))
                .allSatisfy(key -> assertThat(readme).contains("`" + key));
        assertThat(List.of("`*`", "`_`", "`^`", "`#`", "`*-backed`")).allSatisfy(element -> assertThat(readme).contains(element));
    }
}
