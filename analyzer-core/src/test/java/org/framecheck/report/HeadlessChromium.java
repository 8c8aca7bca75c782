package org.framecheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's chromium, headless, driven over the Chrome DevTools Protocol with java.net.http's WebSocket
 * and Jackson: enough to open pages, run scripts, press keys, move the mouse, take screenshots and
 * record what the page logged and requested. One browser per instance; {@link #close} ends it and
 * every process it started.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every event received, in order; guarded by itself. */
    private final List<JsonNode> events = new ArrayList<>();

    private HeadlessChromium(Process process, URI endpoint) throws IOException {
        this.process = process;
        try {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(endpoint, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to chromium at " + endpoint + ": " + e, e);
        }
    }

    /**
     * Starts chromium with a new profile in {@code profile} (an empty folder) and a debugging port of
     * its choosing, read back from the DevToolsActivePort file it writes there.
     */
    public static HeadlessChromium start(Path profile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "--hide-scrollbars",
                "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                    try {
                        return new HeadlessChromium(process, endpoint);
                    } catch (IOException e) {
                        stop(process);
                        throw e;
                    }
                }
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop(process);
                throw new IOException("chromium did not open its debugging port (exit " + (process.isAlive() ? "none" : process.exitValue()) + ")");
            }
            Thread.sleep(50);
        }
    }

    /** Opens a new tab with every domain this client watches enabled, then loads {@code url} in it. */
    public Tab open(String url, int width, int height) throws IOException {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        Tab tab = new Tab(session);
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            tab.call(domain + ".enable", Map.of());
        }
        tab.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        tab.navigate(url);
        return tab;
    }

    /** A page, as one DevTools session. */
    public final class Tab {
        private final String session;

        private Tab(String session) {
            this.session = session;
        }

        public JsonNode call(String method, Map<String, Object> params) throws IOException {
            return HeadlessChromium.this.call(session, method, params);
        }

        /** Loads {@code url} and waits for its load event (deferred scripts have run by then). */
        public void navigate(String url) throws IOException {
            int seen = eventCount();
            call("Page.navigate", Map.of("url", url));
            await(seen, e -> "Page.loadEventFired".equals(e.path("method").asText()));
        }

        /** Runs {@code expression} in the page and returns its value (JSON-serialisable). */
        public JsonNode eval(String expression) throws IOException {
            JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new IOException("script failed: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Presses and releases a key, as a keyboard would: {@code Tab}, {@code Escape}. */
        public void press(String key, int keyCode) throws IOException {
            for (String type : List.of("keyDown", "keyUp")) {
                call("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
            }
        }

        /** Moves the mouse pointer to a point of the viewport. */
        public void hover(double x, double y) throws IOException {
            call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        }

        /** Types text into the focused element, firing input events as typing does. */
        public void type(String text) throws IOException {
            call("Input.insertText", Map.of("text", text));
        }

        /** Saves a PNG of the page from its top, at most {@code maxHeight} CSS pixels tall. */
        public void screenshot(Path png, int maxHeight) throws IOException {
            JsonNode metrics = call("Page.getLayoutMetrics", Map.of());
            double height = Math.min(maxHeight, Math.ceil(metrics.path("cssContentSize").path("height").asDouble()));
            double width = metrics.path("cssLayoutViewport").path("clientWidth").asDouble();
            JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
        }

        /** This tab's events so far. */
        public List<JsonNode> events() {
            synchronized (events) {
                return events.stream().filter(e -> session.equals(e.path("sessionId").asText())).toList();
            }
        }

        private void await(int after, Predicate<JsonNode> wanted) throws IOException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            synchronized (events) {
                while (events.subList(after, events.size()).stream()
                        .noneMatch(e -> session.equals(e.path("sessionId").asText()) && wanted.test(e))) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        throw new IOException("timed out waiting for the page in session " + session);
                    }
                    try {
                        events.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            }
        }
    }

    private int eventCount() {
        synchronized (events) {
            return events.size();
        }
    }

    private JsonNode call(String session, String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", json.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Replies complete their call; everything else is an event, kept for the tests to read. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                dispatch(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void dispatch(String message) {
            JsonNode node;
            try {
                node = json.readTree(message);
            } catch (IOException e) {
                return;
            }
            if (node.has("id")) {
                CompletableFuture<JsonNode> reply = pending.get(node.get("id").asInt());
                if (reply != null) {
                    reply.complete(node);
                }
            } else {
                synchronized (events) {
                    events.add(node);
                    events.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            call(null, "Browser.close", Map.of());
        } catch (IOException e) {
            // The browser may close the socket before it answers; it is stopped below either way.
        }
        socket.abort();
        try {
            stop(process);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Ends chromium and the helper processes it started: this process's own descendants only. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> helpers = process.descendants().toList();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        for (ProcessHandle helper : helpers) {
            if (helper.isAlive()) {
                helper.destroyForcibly();
            }
        }
    }
}
