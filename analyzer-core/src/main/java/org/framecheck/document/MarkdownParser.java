package org.framecheck.document;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framecheck.source.ContentFormat;

/**
 * Markdown articles, parsed by Flexmark. Paragraphs, headings, list items and block quotes are prose;
 * code, HTML, images and YAML front matter are not. Front matter {@code title} (or else the first
 * heading) becomes the title.
 */
public final class MarkdownParser implements DocumentParser {

    private final Parser parser;

    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    @Override
    public Document parse(String path, String text) {
        Node root = parser.parse(text);
        AbstractYamlFrontMatterVisitor frontMatterVisitor = new AbstractYamlFrontMatterVisitor();
        frontMatterVisitor.visit(root);
        Map<String, List<String>> frontMatter = new LinkedHashMap<>();
        frontMatterVisitor.getData().forEach((key, values) ->
                frontMatter.put(key, values.stream().map(MarkdownParser::unquote).toList()));

        ProseMask mask = new ProseMask(text);
        String[] firstHeading = {""};
        collectBlocks(root, mask, firstHeading);
        String title = frontMatter.getOrDefault("title", List.of()).stream().findFirst().orElse(firstHeading[0]);
        return new Document(path, ContentFormat.MARKDOWN, text, mask.prose(), mask.blocks(), title, frontMatter);
    }

    private void collectBlocks(Node node, ProseMask mask, String[] firstHeading) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                revealInline(paragraph, mask);
                mask.block(paragraph.getStartOffset(), trimmedEnd(paragraph), kindOf(paragraph));
            } else if (child instanceof Heading heading) {
                revealInline(heading, mask);
                int start = heading.getText().getStartOffset();
                int end = heading.getText().getEndOffset();
                mask.block(start, end, BlockKind.HEADING);
                if (firstHeading[0].isEmpty()) {
                    firstHeading[0] = heading.getText().toString().strip();
                }
            } else if (child instanceof ListItem || child instanceof BlockQuote
                    || child instanceof com.vladsch.flexmark.ast.ListBlock) {
                collectBlocks(child, mask, firstHeading);
            }
            // Code blocks, HTML blocks, comments, front matter, reference definitions and thematic
            // breaks stay masked.
        }
    }

    private static BlockKind kindOf(Paragraph paragraph) {
        for (Node parent = paragraph.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof BlockQuote) {
                return BlockKind.BLOCK_QUOTE;
            }
            if (parent instanceof ListItem) {
                return BlockKind.LIST_ITEM;
            }
        }
        return BlockKind.PARAGRAPH;
    }

    private static int trimmedEnd(Node node) {
        int end = node.getEndOffset();
        CharSequence chars = node.getChars().getBaseSequence();
        while (end > node.getStartOffset() && Character.isWhitespace(chars.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void revealInline(Node node, ProseMask mask) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                revealText(child, mask);
            } else if (child instanceof HtmlEntity entity) {
                String decoded = org.jsoup.parser.Parser.unescapeEntities(entity.getChars().toString(), false);
                if (decoded.length() == 1) {
                    mask.put(entity.getStartOffset(), decoded.charAt(0));
                }
            } else if (!(child instanceof Code || child instanceof HtmlInline || child instanceof HtmlInlineComment
                    || child instanceof Image || child instanceof ImageRef)) {
                revealInline(child, mask);
            }
        }
    }

    /** Reveals a text node, leaving Markdown's backslash escapes masked. */
    private static void revealText(Node text, ProseMask mask) {
        int start = text.getStartOffset();
        int end = text.getEndOffset();
        CharSequence chars = text.getChars().getBaseSequence();
        mask.reveal(start, end);
        for (int i = start; i < end - 1; i++) {
            if (chars.charAt(i) == '\\' && isAsciiPunctuation(chars.charAt(i + 1))) {
                mask.put(i, ' ');
                i++;
            }
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
