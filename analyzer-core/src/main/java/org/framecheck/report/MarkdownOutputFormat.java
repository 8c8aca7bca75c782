package org.framecheck.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for GitHub-flavoured Markdown: every interpolated value is escaped, so
 * article text can never become a link, an image, a table cell break or raw HTML in a PR comment.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                // Only what GitHub-flavoured Markdown would act on inline: emphasis, code, links,
                // tables, HTML, math, mentions and issue references.
                case '\\', '`', '*', '_', '[', ']', '|', '~', '>', '<', '$', '@', '#' -> sb.append('\\').append(c);
                case '&' -> sb.append("&amp;");
                case '\r', '\n' -> sb.append(' ');
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markdown newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markdown(plainTextContent, markupContent);
    }

    /** Markdown text as FreeMarker carries it between escaping and output. */
    public static final class Markdown extends CommonTemplateMarkupOutputModel<Markdown> {
        Markdown(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
