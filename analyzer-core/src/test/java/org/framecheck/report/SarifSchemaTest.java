package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.framecheck.findings.DocumentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** framecheck.sarif against the official OASIS SARIF 2.1.0 schema (JSON Schema draft-04), kept in the test resources. */
@DisplayName("SARIF output is valid against the official SARIF 2.1.0 schema")
class SarifSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema in the test resources").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    @Test
    @DisplayName("a report with hostile, clean and normal articles validates, one result per finding")
    void generatedSarifIsValid(@TempDir Path temp) throws IOException {
        Report report = ReportSite.write(ReportSite.fixtures(Files.createDirectories(temp.resolve("content"))), temp.resolve("out"));
        JsonNode sarif = JSON.readTree(temp.resolve("out/framecheck.sarif").toFile());

        Set<ValidationMessage> errors = schema.validate(sarif);

        assertThat(errors).isEmpty();
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(report.summary().findings()).isPositive();
        assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isEqualTo(report.rules().size());
        for (JsonNode result : sarif.at("/runs/0/results")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(sarif.at("/runs/0/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
        }
        DocumentResult odd = report.documents().stream().filter(d -> d.path().equals(ReportSite.HOSTILE_NAME)).findFirst().orElseThrow();
        assertThat(odd.findings()).isNotEmpty();
        assertThat(sarif.findValuesAsText("uri")).contains("odd%20%3Cx%3E%20%22q%22%20%26%20%27a%27.md");
    }

    @Test
    @DisplayName("the validator does reject a broken log (so the test above can fail)")
    void brokenSarifIsRejected(@TempDir Path temp) throws IOException {
        ReportSite.write(ReportSite.fixtures(Files.createDirectories(temp.resolve("content"))), temp.resolve("out"));
        ObjectNode sarif = (ObjectNode) JSON.readTree(temp.resolve("out/framecheck.sarif").toFile());
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        sarif.put("version", "2.0.0");

        assertThat(schema.validate(sarif)).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .containsExactlyInAnyOrder("/version", "/runs/0/results/0/level");
    }
}
