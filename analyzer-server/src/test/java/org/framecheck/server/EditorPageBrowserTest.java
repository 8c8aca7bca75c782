package org.framecheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.framecheck.api.Analyzer;
import org.framecheck.report.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor types into the live-check page in real headless Chromium and sees the findings marked. */
class EditorPageBrowserTest {

    @Test
    void findingsAreMarkedAsTheEditorTypes(@TempDir Path profile) throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "skipped: " + HeadlessChromium.BINARY + " is absent (apt-get install -y chromium)");
        try (CheckServer server = new CheckServer(Analyzer.withDefaultRules(),
                new ServerSettings("127.0.0.1", 0, 100_000, Duration.ofSeconds(10), 2, Set.of()));
             HeadlessChromium chromium = HeadlessChromium.start(profile)) {
            int port = server.start();
            HeadlessChromium.Tab tab = chromium.open("http://127.0.0.1:" + port + "/", 1200, 900);
            tab.eval("document.getElementById('draft').focus()");
            tab.type("Critics say the plan is flawed. The senator slammed the proposal <img src=x onerror=alert(1)>.");

            JsonNode marks = waitFor(tab, "Array.from(document.querySelectorAll('#preview mark')).map(m => m.dataset.rule + ':' + m.textContent)");
            assertThat(marks.toString()).isEqualTo("[\"vague-source:Critics say\",\"criticism-verb:slammed\"]");
            assertThat(tab.eval("document.querySelector('#preview mark[data-rule=criticism-verb]').title").asText())
                    .isEqualTo("criticism-verb (warning): 'slammed' dramatises criticism\nSuggestion: criticised");
            // article text is shown as text, never parsed as markup
            assertThat(tab.eval("document.querySelectorAll('#preview img').length").asInt()).isZero();
            assertThat(tab.eval("document.getElementById('status').textContent").asText()).isEqualTo("2 findings.");
            assertThat(tab.eval("document.querySelectorAll('#rules tr').length").asInt()).isGreaterThan(60);
        }
    }

    /** Polls until the expression gives a non-empty array (the page debounces typing by 300 ms). */
    private static JsonNode waitFor(HeadlessChromium.Tab tab, String expression) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode value = tab.eval(expression);
            if (value.isArray() && value.size() > 0 || System.nanoTime() > deadline) {
                return value;
            }
            Thread.sleep(100);
        }
    }
}
