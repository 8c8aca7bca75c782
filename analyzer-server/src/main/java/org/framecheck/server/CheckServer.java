package org.framecheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.framecheck.api.Analyzer;
import org.framecheck.api.ToolVersion;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.JsonRenderer;
import org.framecheck.report.Report;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.source.ContentFormat;

/**
 * The live-check server: an editor's page, a LanguageTool-compatible {@code /v2/check}, and framecheck's
 * own {@code /api/analyze}, on Javalin (Jetty 12). It reads and writes no files: every answer comes from
 * the text in the request. Bodies over the limit get 413, malformed requests 400, analyses over the time
 * limit or beyond the queue 503, each with a one-line JSON {@code error}.
 */
public final class CheckServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Analyses waiting for a core; beyond them a request gets 503 at once rather than a long wait. */
    private static final int QUEUE = 256;

    private final Analyzer analyzer;
    private final ServerSettings settings;
    private final Map<String, RuleMetadata> rules;
    private final ThreadPoolExecutor analyses;
    private final Javalin app;

    public CheckServer(Analyzer analyzer, ServerSettings settings) {
        this.analyzer = analyzer;
        this.settings = settings;
        this.rules = analyzer.rules().rules();
        this.analyses = new ThreadPoolExecutor(settings.maxConcurrent(), settings.maxConcurrent(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "framecheck-analysis");
                    t.setDaemon(true);
                    return t;
                });
        this.app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.routes.before(this::cors);
            config.routes.options("/*", this::preflight);
            config.routes.get("/", ctx -> resource(ctx, "editor.html", "text/html; charset=utf-8"));
            config.routes.get("/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
            config.routes.get("/api/rules", this::ruleCatalogue);
            config.routes.post("/api/analyze", this::analyze);
            config.routes.post("/v2/check", this::check);
            config.routes.get("/v2/languages", ctx -> json(ctx, 200, LanguageToolAnswer.languages(JSON)));
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "the request body is larger than " + settings.maxBodyBytes() + " bytes" : e.getMessage()));
            config.routes.exception(IllegalStateException.class, (e, ctx) -> error(ctx,
                    String.valueOf(e.getMessage()).startsWith("Form") ? 413 : 500,
                    String.valueOf(e.getMessage()).startsWith("Form") ? "the form is too large" : "internal error"));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));
            config.routes.error(404, "*", ctx -> error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()));
        });
    }

    /** Starts listening; returns the port (useful when the settings ask for any free one). */
    public int start() {
        app.start();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        analyses.shutdownNow();
    }

    private void check(Context ctx) throws Exception {
        limit(ctx);
        String language = ctx.formParam("language");
        if (language == null || language.isBlank()) {
            throw new BadRequest("missing parameter 'language' (en-US, en-GB, en or auto)");
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!code.equals("auto") && !code.equals("en") && !code.startsWith("en-")) {
            throw new BadRequest("language '" + language + "' is not supported: framecheck checks English (en, en-US, en-GB, auto)");
        }
        String text = ctx.formParam("text");
        String data = ctx.formParam("data");
        if (text == null && data == null) {
            throw new BadRequest("missing parameter 'text' or 'data'");
        }
        String plain = text != null ? text : AnnotatedText.plain(data, JSON);
        DocumentResult result = analyse(plain, ContentFormat.TEXT, "text.txt");
        json(ctx, 200, LanguageToolAnswer.of(result, plain, rules, ToolVersion.get(), JSON));
    }

    private void analyze(Context ctx) throws Exception {
        limit(ctx);
        ObjectNode request;
        try {
            var node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new BadRequest("the body must be a JSON object: {\"text\": …, \"format\": \"text|markdown|html\"}");
            }
            request = (ObjectNode) node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (!request.hasNonNull("text") || !request.get("text").isTextual()) {
            throw new BadRequest("missing string field 'text'");
        }
        String formatName = request.hasNonNull("format") ? request.get("format").asText() : "text";
        ContentFormat format = switch (formatName) {
            case "text" -> ContentFormat.TEXT;
            case "markdown" -> ContentFormat.MARKDOWN;
            case "html" -> ContentFormat.HTML;
            default -> throw new BadRequest("format '" + formatName + "' is not text, markdown or html");
        };
        String name = request.hasNonNull("path") ? request.get("path").asText()
                : "draft." + (format == ContentFormat.MARKDOWN ? "md" : format == ContentFormat.HTML ? "html" : "txt");
        DocumentResult result = analyse(request.get("text").asText(), format, name);
        Report report = Report.of(ToolVersion.get(), List.of(result), List.copyOf(rules.values()));
        StringWriter out = new StringWriter();
        new JsonRenderer().render(report, out);
        ctx.status(200).contentType("application/json").result(out.toString());
    }

    private DocumentResult analyse(String text, ContentFormat format, String path) throws BadRequest, InterruptedException {
        Future<DocumentResult> future;
        try {
            future = analyses.submit(() -> analyzer.analyze(path, format, text));
        } catch (RejectedExecutionException e) {
            throw new BadRequest(503, "the server is busy: try again");
        }
        try {
            DocumentResult result = future.get(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            if (result.status() == DocumentResult.Status.FAILED) {
                throw new BadRequest(503, "the analysis failed: " + result.message());
            }
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BadRequest(503, "the analysis took longer than " + settings.timeLimit().toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new BadRequest(500, "internal error");
        }
    }

    private void ruleCatalogue(Context ctx) {
        ArrayNode list = JSON.createArrayNode();
        rules.values().stream().sorted(java.util.Comparator.comparing(RuleMetadata::id)).forEach(r -> {
            ObjectNode rule = list.addObject();
            rule.put("id", r.id());
            rule.put("category", r.category());
            rule.put("severity", r.severity().id());
            rule.put("explanation", r.explanation());
            rule.put("suggestion", r.suggestion());
            rule.put("example", r.example());
            rule.put("counterExample", r.counterExample());
        });
        json(ctx, 200, list);
    }

    private void limit(Context ctx) throws BadRequest {
        if (ctx.contentLength() > settings.maxBodyBytes()) {
            throw new BadRequest(413, "the request body is larger than " + settings.maxBodyBytes() + " bytes");
        }
    }

    /** CORS is closed unless the operator allowed the request's origin. */
    private void cors(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && settings.allowedOrigins().contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
        }
    }

    private void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !settings.allowedOrigins().contains(origin)) {
            error(ctx, 403, "cross-origin requests are not allowed from " + origin);
            return;
        }
        ctx.header("Access-Control-Allow-Methods", "GET, POST");
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = CheckServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            ctx.status(200).contentType(type).result(in.readAllBytes());
        }
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("error", message);
        json(ctx, status, error);
    }
}
