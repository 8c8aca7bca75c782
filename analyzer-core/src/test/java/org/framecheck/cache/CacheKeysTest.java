package org.framecheck.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input a cache entry depends on changes its key; nothing else does. */
class CacheKeysTest {

    @Test
    void theRunKeyFollowsRulesSeveritiesFormatsAndTemplates(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("article.ftlh"), "a");
        String key = CacheKeys.run("1.0", 4, "abc", Map.of("regime-label", "INFO"), Set.of("html", "json"), "UTF-8", templates);

        assertThat(CacheKeys.run("1.0", 4, "abc", Map.of("regime-label", "INFO"), Set.of("json", "html"), "UTF-8", templates))
                .isEqualTo(key);
        assertThat(CacheKeys.run("1.0", 4, "abd", Map.of("regime-label", "INFO"), Set.of("html", "json"), "UTF-8", templates))
                .isNotEqualTo(key);
        assertThat(CacheKeys.run("1.0", 4, "abc", Map.of("regime-label", "ERROR"), Set.of("html", "json"), "UTF-8", templates))
                .isNotEqualTo(key);
        Files.writeString(templates.resolve("article.ftlh"), "b");
        assertThat(CacheKeys.run("1.0", 4, "abc", Map.of("regime-label", "INFO"), Set.of("html", "json"), "UTF-8", templates))
                .isNotEqualTo(key);
    }

    @Test
    void theReportsKeyFollowsTheBaselineAndEveryArticle() {
        List<Map.Entry<String, String>> articles = List.of(Map.entry("a.md", "h1"), Map.entry("b.md", "h2"));
        String key = CacheKeys.reports("run", null, Path.of("/repo"), articles);

        assertThat(CacheKeys.reports("run", null, Path.of("/repo"), articles)).isEqualTo(key);
        assertThat(CacheKeys.reports("run", List.of("f1"), Path.of("/repo"), articles)).isNotEqualTo(key);
        assertThat(CacheKeys.reports("run", null, Path.of("/repo"), List.of(Map.entry("a.md", "h1"), Map.entry("b.md", "h3"))))
                .isNotEqualTo(key);
    }
}
