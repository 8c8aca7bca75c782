package org.framecheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.rules.RuleMetadata;

/**
 * A check's findings in LanguageTool's {@code /v2/check} answer, so that LanguageTool's clients (browser
 * add-ons set to a custom server, LTeX, editor plugins, {@code RemoteLanguageTool}) show them. Offsets
 * and lengths are in UTF-16 units of the text sent, as LanguageTool gives them.
 */
final class LanguageToolAnswer {
    /** Characters of context either side of a match, as LanguageTool's default. */
    private static final int CONTEXT = 40;

    private LanguageToolAnswer() {
    }

    static ObjectNode of(DocumentResult result, String text, Map<String, RuleMetadata> rules, String version,
                         ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ObjectNode software = root.putObject("software");
        software.put("name", "framecheck");
        software.put("version", version);
        software.put("buildDate", "");
        software.put("apiVersion", 1);
        software.put("premium", false);
        software.put("status", "");
        root.putObject("warnings").put("incompleteResults", false);
        ObjectNode language = root.putObject("language");
        language.put("name", "English");
        language.put("code", "en-US");
        ObjectNode detected = language.putObject("detectedLanguage");
        detected.put("name", "English");
        detected.put("code", "en-US");
        detected.put("confidence", 1.0);
        ArrayNode matches = root.putArray("matches");
        for (Finding f : result.findings()) {
            RuleMetadata rule = rules.get(f.rule());
            ObjectNode m = matches.addObject();
            m.put("message", f.message());
            m.put("shortMessage", f.severity().id() + ": " + f.rule());
            ArrayNode replacements = m.putArray("replacements");
            for (String suggestion : f.suggestion().split(",\\s*")) {
                if (!suggestion.isBlank() && suggestion.length() < 60 && !suggestion.contains(";")) {
                    replacements.addObject().put("value", suggestion.strip());
                }
            }
            m.put("offset", f.start());
            m.put("length", f.end() - f.start());
            int from = Math.max(0, f.start() - CONTEXT);
            int to = Math.min(text.length(), f.end() + CONTEXT);
            ObjectNode context = m.putObject("context");
            context.put("text", text.substring(from, to).replace('\n', ' '));
            context.put("offset", f.start() - from);
            context.put("length", f.end() - f.start());
            m.put("sentence", f.excerpt() == null ? f.text()
                    : (f.excerpt().before() + f.excerpt().match() + f.excerpt().after()).strip());
            m.putObject("type").put("typeName", "Other");
            ObjectNode r = m.putObject("rule");
            r.put("id", f.rule().toUpperCase(Locale.ROOT).replace('-', '_'));
            r.put("subId", f.rule());
            r.put("description", rule == null ? f.message() : rule.explanation());
            // LanguageTool's issue types: "style" for framing, "inconsistency" for sourcing gaps
            r.put("issueType", "sourcing".equals(f.category()) ? "inconsistency" : "style");
            ObjectNode category = r.putObject("category");
            category.put("id", f.category().toUpperCase(Locale.ROOT).replace('-', '_'));
            category.put("name", f.category().replace('-', ' '));
            m.put("ignoreForIncompleteSentence", false);
            m.put("contextForSureMatch", 0);
        }
        return root;
    }

    static ArrayNode languages(ObjectMapper json) {
        ArrayNode languages = json.createArrayNode();
        for (String[] l : new String[][] {{"English", "en", "en"}, {"English (US)", "en", "en-US"},
                                          {"English (GB)", "en", "en-GB"}}) {
            ObjectNode language = languages.addObject();
            language.put("name", l[0]);
            language.put("code", l[1]);
            language.put("longCode", l[2]);
        }
        return languages;
    }
}
