package org.framecheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.rules.RuleMetadata;

/**
 * {@code framecheck.sarif}: SARIF 2.1.0 with one run, the rules and their metadata in
 * {@code tool.driver.rules}, and each finding with its region (lines, UTF-16 columns, character
 * offset and length), so code-scanning tools and IDEs show it in place.
 */
public final class SarifRenderer implements ReportRenderer {

    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final JsonFactory factory = new JsonFactory();

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<RuleMetadata> rules = report.rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            driver(json, report);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SOURCE_ROOT);
            json.writeObjectFieldStart("description");
            json.writeStringField("text", "The repository's root: every path is relative to it, as code-scanning tools expect.");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (DocumentResult d : report.documents()) {
                for (Finding f : d.findings()) {
                    result(json, report, d, f, ruleIndex);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void driver(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", Report.TOOL_NAME);
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("informationUri", "https://github.com/framecheck/framecheck");
        json.writeArrayFieldStart("rules");
        for (RuleMetadata r : report.rules()) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("name", r.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", r.explanation());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", r.explanation() + " " + r.reason());
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", help(r));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(r.severity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("category", r.category());
            json.writeArrayFieldStart("tags");
            json.writeString(r.category());
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String help(RuleMetadata r) {
        StringBuilder help = new StringBuilder(r.reason());
        if (!r.suggestion().isEmpty()) {
            help.append(" Suggestion: ").append(r.suggestion()).append('.');
        }
        help.append(" Flags: ").append(r.example()).append(" Does not flag: ").append(r.counterExample());
        return help.toString();
    }

    /** GitHub code scanning and the SARIF tools resolve {@code %SRCROOT%} to the checkout. */
    private static final String SOURCE_ROOT = "%SRCROOT%";

    private static void result(JsonGenerator json, Report report, DocumentResult d, Finding f, Map<String, Integer> ruleIndex)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.rule());
        Integer index = ruleIndex.get(f.rule());
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(f.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.suggestion().isEmpty() ? f.message() : f.message() + " Suggestion: " + f.suggestion() + ".");
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(report.sourcePath(d.path())));
        json.writeStringField("uriBaseId", SOURCE_ROOT);
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", f.line());
        json.writeNumberField("startColumn", f.column());
        json.writeNumberField("endLine", f.endLine());
        json.writeNumberField("endColumn", f.endColumn());
        json.writeNumberField("charOffset", f.start());
        json.writeNumberField("charLength", f.end() - f.start());
        json.writeObjectFieldStart("snippet");
        json.writeStringField("text", f.text());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("framecheck/v1", report.fingerprint(d, f));
        json.writeEndObject();
        if (report.baselined()) {
            json.writeStringField("baselineState", report.isNew(d, f) ? "new" : "unchanged");
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("category", f.category());
        json.writeBooleanField("quoted", f.quoted());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A relative URI reference: path segments percent-encoded, slashes kept. */
    private static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
