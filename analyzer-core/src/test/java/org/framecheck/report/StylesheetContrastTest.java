package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framecheck.facts.SourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA for the report's colours, read from the stylesheet that ships: 4.5:1 for text, 3:1 for
 * bars, underlines and focus rings (WCAG 1.4.3 and 1.4.11). Also checks that the stylesheet has a
 * colour for every palette slot the Java side hands out.
 */
class StylesheetContrastTest {

    private static final String WHITE = "#ffffff";
    private static Map<String, String> colours;

    @BeforeAll
    static void readStylesheet() throws IOException {
        String css;
        try (InputStream in = StylesheetContrastTest.class.getResourceAsStream("/" + TemplateRenderer.BUILT_IN + "/" + TemplateRenderer.STYLESHEET)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        colours = new TreeMap<>();
        Matcher m = Pattern.compile("--([a-z0-9-]+):\\s*(#[0-9a-f]{6})\\s*;").matcher(css);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
    }

    @Test
    void everyPaletteSlotHasAColourAndATint() {
        for (int slot = 0; slot < CategoryPalette.SIZE; slot++) {
            assertThat(colours).containsKeys("c-" + slot, "t-" + slot);
        }
        assertThat(colours).doesNotContainKey("c-" + CategoryPalette.SIZE).containsKeys("c-none", "t-none");
        for (int slot = 0; slot < SourceType.PRIORITY.size(); slot++) {
            assertThat(colours).containsKey("st-" + slot);
        }
        assertThat(colours).doesNotContainKey("st-" + SourceType.PRIORITY.size()).containsKey("st-none");
    }

    @Test
    void categoryColoursAndHighlightsMeetAa() {
        for (int slot = 0; slot <= CategoryPalette.SIZE; slot++) {
            String suffix = slot == CategoryPalette.SIZE ? "none" : Integer.toString(slot);
            assertThat(contrast(colour("c-" + suffix), WHITE)).as("c-" + suffix + " on white").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(colour("ink"), colour("t-" + suffix))).as("text on highlight t-" + suffix).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(colour("c-" + suffix), colour("t-" + suffix))).as("underline c-" + suffix + " on its tint").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void sourceTypeBarsTextAndControlsMeetAa() {
        for (String key : colours.keySet()) {
            if (key.startsWith("st-")) {
                assertThat(contrast(colour(key), WHITE)).as(key + " bar on white").isGreaterThanOrEqualTo(3);
            }
        }
        for (String severity : new String[] {"sev-error", "sev-warning", "sev-info"}) {
            assertThat(contrast(WHITE, colour(severity))).as("white text on " + severity).isGreaterThanOrEqualTo(4.5);
        }
        for (String background : new String[] {"bg", "panel"}) {
            assertThat(contrast(colour("ink"), colour(background))).isGreaterThanOrEqualTo(7);
            assertThat(contrast(colour("muted"), colour(background))).as("muted text on " + background).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(colour("link"), colour(background))).as("links on " + background).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(colour("focus"), colour(background))).as("focus ring on " + background).isGreaterThanOrEqualTo(3);
        }
    }

    private static String colour(String name) {
        assertThat(colours).as("stylesheet colours").containsKey(name);
        return colours.get(name);
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
