package org.framecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.framecheck.server.CheckServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn framecheck:serve} serves with the project's rule selection: the POM's and .framecheck.yml's. */
class ServeMojoTest {

    private static final String TEXT = "The so-called reform failed, critics say.";

    @TempDir
    Path project;

    private ServeMojo mojo() {
        ServeMojo mojo = new ServeMojo();
        mojo.port = 0;
        mojo.basedir = project.toFile();
        return mojo;
    }

    /** The framecheck rule ids ({@code subId}) of LanguageTool's answer to {@link #TEXT}. */
    private static List<String> check(CheckServer server) throws IOException, InterruptedException {
        int port = server.start();
        try {
            String form = "language=en-US&text=" + URLEncoder.encode(TEXT, StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            JsonNode answer = new ObjectMapper().readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
            return answer.path("matches").findValuesAsText("subId");
        } finally {
            server.close();
        }
    }

    @Test
    void servesTheBuiltInRules() throws Exception {
        assertThat(check(mojo().server())).containsExactly("so-called", "vague-source");
    }

    @Test
    void leavesOutTheRulesThePomAndTheSharedSettingsSwitchOff() throws Exception {
        Files.writeString(project.resolve(".framecheck.yml"), "disabledRules: [vague-source]\n");
        ServeMojo mojo = mojo();
        mojo.disabledRules = List.of("so-called");
        assertThat(check(mojo.server())).isEmpty();
    }

    @Test
    void anUnknownRuleIsAOneLineError() {
        ServeMojo mojo = mojo();
        mojo.disabledRules = List.of("no-such-rule");
        assertThatThrownBy(mojo::server).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("framecheck: ").hasMessageContaining("no-such-rule");
    }
}
