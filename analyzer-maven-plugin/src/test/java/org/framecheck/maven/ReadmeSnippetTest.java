package org.framecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's plugin snippet is what the {@code readme-snippet} integration test builds, so a snippet
 * that does not work pasted into a fresh content repository fails the build.
 */
class ReadmeSnippetTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "## Add framecheck to a content repository\\n\\n```xml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeSnippetIsTheBuildOfTheReadmeSnippetIntegrationTest() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher m = SNIPPET.matcher(readme);
        assertThat(m.find()).as("the README has the plugin snippet").isTrue();
        String pom = Files.readString(Path.of("src", "it", "readme-snippet", "pom.xml"), StandardCharsets.UTF_8);

        assertThat(pom).contains(m.group(1));
        assertThat(m.group(1)).contains("<version>" + projectVersion() + "</version>");
    }

    private static String projectVersion() throws IOException {
        String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>framecheck-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
