package org.framecheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.SourceSummary;

/**
 * {@code framecheck.json}: documents sorted by path, findings by position, offsets in UTF-16 units of
 * the decoded file text. Written field by field so that the shape is the contract, not a side effect
 * of Java names.
 */
public final class JsonRenderer implements ReportRenderer {

    private final JsonFactory factory = new JsonFactory();

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", Report.TOOL_NAME);
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            summary(json, report.summary());
            if (report.baselined()) {
                json.writeNumberField("newFindings", report.newCount());
            }
            json.writeArrayFieldStart("documents");
            for (DocumentResult d : report.documents()) {
                document(json, report, d);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void summary(JsonGenerator json, Summary s) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("documents", s.documents());
        json.writeNumberField("analyzed", s.analyzed());
        json.writeNumberField("skipped", s.skipped());
        json.writeNumberField("failed", s.failed());
        json.writeNumberField("words", s.words());
        json.writeNumberField("findings", s.findings());
        json.writeNumberField("suppressed", s.suppressed());
        counts(json, "bySeverity", s.bySeverity());
        counts(json, "byCategory", s.byCategory());
        counts(json, "byRule", s.byRule());
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, String name, Map<String, Integer> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void document(JsonGenerator json, Report report, DocumentResult d) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", d.path());
        json.writeStringField("title", d.title());
        for (Map.Entry<String, String> e : d.details().entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeStringField("format", d.format());
        json.writeStringField("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
        if (!d.message().isEmpty()) {
            json.writeStringField("message", d.message());
        }
        json.writeNumberField("words", d.words());
        json.writeArrayFieldStart("findings");
        for (Finding f : d.findings()) {
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            json.writeStringField("category", f.category());
            json.writeStringField("severity", f.severity().id());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
            json.writeNumberField("endLine", f.endLine());
            json.writeNumberField("endColumn", f.endColumn());
            json.writeNumberField("start", f.start());
            json.writeNumberField("end", f.end());
            json.writeStringField("text", f.text());
            json.writeStringField("message", f.message());
            json.writeStringField("suggestion", f.suggestion());
            json.writeBooleanField("quoted", f.quoted());
            if (report.baselined()) {
                json.writeBooleanField("new", report.isNew(d, f));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("suppressed");
        for (org.framecheck.findings.Suppressed x : d.suppressed()) {
            json.writeStartObject();
            json.writeStringField("rule", x.finding().rule());
            json.writeNumberField("line", x.finding().line());
            json.writeNumberField("column", x.finding().column());
            json.writeNumberField("start", x.finding().start());
            json.writeNumberField("end", x.finding().end());
            json.writeStringField("text", x.finding().text());
            json.writeStringField("how", x.how());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!d.warnings().isEmpty()) {
            json.writeArrayFieldStart("warnings");
            for (String w : d.warnings()) {
                json.writeString(w);
            }
            json.writeEndArray();
        }
        json.writeStringField("sourcing", d.sourcing());
        json.writeArrayFieldStart("sources");
        for (SourceSummary s : d.sources()) {
            json.writeStartObject();
            json.writeStringField("name", s.name());
            json.writeStringField("type", s.type());
            json.writeStringField("party", s.party());
            json.writeStringField("side", s.side());
            json.writeNumberField("mentions", s.mentions());
            json.writeNumberField("quotes", s.quotes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
