package org.framecheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.framecheck.api.Analyzer;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckServerTest {
    private static final String DRAFT = "Critics say the plan is flawed. The senator slammed the proposal on Tuesday.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CheckServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = new CheckServer(Analyzer.withDefaultRules(), new ServerSettings("127.0.0.1", 0, 20_000,
                Duration.ofSeconds(10), 2, Set.of("https://cms.example.org")));
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    @Test
    void languageToolsOwnClientReadsTheFindings() throws Exception {
        RemoteResult result = new RemoteLanguageTool(new URL(base)).check(DRAFT, "en-US");

        assertThat(result.getMatches()).extracting(RemoteRuleMatch::getRuleId, RemoteRuleMatch::getErrorOffset,
                        RemoteRuleMatch::getErrorLength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VAGUE_SOURCE", 0, 11),
                        org.assertj.core.groups.Tuple.tuple("CRITICISM_VERB", 44, 7));
        RemoteRuleMatch slammed = result.getMatches().get(1);
        assertThat(DRAFT.substring(slammed.getErrorOffset(), slammed.getErrorOffset() + slammed.getErrorLength())).isEqualTo("slammed");
        assertThat(slammed.getMessage()).isEqualTo("'slammed' dramatises criticism");
        assertThat(slammed.getReplacements()).hasValue(java.util.List.of("criticised"));
        assertThat(slammed.getCategoryId()).hasValue("LOADED_LANGUAGE");
        assertThat(result.getLanguageCode()).isEqualTo("en-US");
    }

    @Test
    void annotatedTextKeepsOffsetsIntoTheWholeDocument() throws Exception {
        String data = "{\"annotation\":[{\"markup\":\"<p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"The senator \"},"
                + "{\"markup\":\"<b>\"},{\"text\":\"slammed\"},{\"markup\":\"</b>\"},{\"text\":\" the proposal.\"}]}";
        HttpResponse<String> response = post("/v2/check", "application/x-www-form-urlencoded", form("data", data, "language", "auto"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode match = JSON.readTree(response.body()).at("/matches/0");
        assertThat(match.at("/rule/id").asText()).isEqualTo("CRITICISM_VERB");
        assertThat(match.at("/offset").asInt()).isEqualTo("<p>The senator <b>".length());
        assertThat(match.at("/length").asInt()).isEqualTo(7);
    }

    @Test
    void theJsonApiAnswersWithTheReportDocument() throws Exception {
        HttpResponse<String> response = post("/api/analyze", "application/json",
                JSON.writeValueAsString(java.util.Map.of("text", "# Minister slams plan\n\nCritics say it is flawed.\n", "format", "markdown")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body()).at("/documents/0");
        assertThat(doc.at("/path").asText()).isEqualTo("draft.md");
        assertThat(doc.at("/findings/0/rule").asText()).isEqualTo("criticism-verb");
        assertThat(doc.at("/findings/0/line").asInt()).isEqualTo(1);
        assertThat(doc.at("/findings/1/rule").asText()).isEqualTo("vague-source");
    }

    @Test
    void badRequestsGetAStatusAndAOneLineJsonError() throws Exception {
        HttpResponse<String> tooLarge = post("/api/analyze", "application/json", "{\"text\":\"" + "a".repeat(30_000) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).get("error").asText()).isEqualTo("the request body is larger than 20000 bytes");

        HttpResponse<String> malformed = post("/api/analyze", "application/json", "{\"text\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("error").asText()).startsWith("the body is not JSON");

        HttpResponse<String> noText = post("/v2/check", "application/x-www-form-urlencoded", form("language", "en-US"));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).isEqualTo("{\"error\":\"missing parameter 'text' or 'data'\"}");

        HttpResponse<String> german = post("/v2/check", "application/x-www-form-urlencoded", form("text", "Hallo", "language", "de-DE"));
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.body()).doesNotContain("Exception").doesNotContain("\tat ");

        HttpResponse<String> badData = post("/v2/check", "application/x-www-form-urlencoded", form("data", "{nope", "language", "en"));
        assertThat(badData.statusCode()).isEqualTo(400);
        assertThat(badData.body()).startsWith("{\"error\":\"data is not JSON");
    }

    @Test
    void corsIsClosedUnlessTheOriginIsAllowed() throws Exception {
        HttpResponse<String> stranger = post("/api/analyze", "application/json", "{\"text\":\"x\"}", "Origin", "https://evil.example");
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> cms = post("/api/analyze", "application/json", "{\"text\":\"x\"}", "Origin", "https://cms.example.org");
        assertThat(cms.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://cms.example.org");

        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(403);
    }

    @Test
    void thePageTheLanguagesAndTheOpenApiDescriptionAreServed() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<textarea id=\"draft\"").doesNotContain("http://").doesNotContain("https://");

        JsonNode languages = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v2/languages")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(languages.findValuesAsText("longCode")).contains("en-US", "en-GB");

        JsonNode openApi = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(openApi.at("/paths").fieldNames()).toIterable().contains("/api/analyze", "/v2/check", "/v2/languages");

        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v2/nothing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("no such endpoint: GET /v2/nothing");
    }
}
