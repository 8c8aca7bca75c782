package org.framecheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * LanguageTool's {@code data} parameter: text and markup parts ({@code {"annotation":[{"text":"A "},
 * {"markup":"<b>"}, …]}}). Markup is blanked with spaces of its own length, so offsets into the text
 * analysed are offsets into the whole annotated document, as LanguageTool's clients expect; a part's
 * {@code interpretAs} (a line break for {@code <p>}) takes the first characters of its place.
 */
final class AnnotatedText {
    private AnnotatedText() {
    }

    static String plain(String data, ObjectMapper json) throws BadRequest {
        JsonNode root;
        try {
            root = json.readTree(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("data is not JSON: " + e.getOriginalMessage());
        }
        JsonNode parts = root == null ? null : root.get("annotation");
        if (parts == null || !parts.isArray()) {
            throw new BadRequest("data must be an object with an 'annotation' array");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : parts) {
            if (part.hasNonNull("text")) {
                text.append(part.get("text").asText());
            } else if (part.hasNonNull("markup")) {
                String markup = part.get("markup").asText();
                String as = part.hasNonNull("interpretAs") ? part.get("interpretAs").asText() : "";
                as = as.length() > markup.length() ? as.substring(0, markup.length()) : as;
                text.append(as).append(" ".repeat(markup.length() - as.length()));
            } else {
                throw new BadRequest("each annotation part needs 'text' or 'markup'");
            }
        }
        return text.toString();
    }
}
