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
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framecheck.source.ContentFormat;

/**
 * Markdown articles, parsed by Flexmark. Paragraphs, headings, list items and block quotes are prose;
 * code, HTML, images and YAML front matter are not, except the front matter values readers see:
 * {@code title} (a headline) and {@code description}, {@code summary} or {@code standfirst}. Front
 * matter {@code title} (or else the first heading) becomes the title.
 *
 * <p>Nesting never costs stack: the tree is walked with explicit stacks, so 5,000 nested block
 * quotes or emphasis spans read like any other. Flexmark's own thematic-break pattern does recurse
 * once per marker, so a line with a run of more than {@link #MAX_MARKER_RUN} list or rule markers
 * ({@code - - - - …}, {@code *****…}) is not given to Flexmark: such a file is read as plain text,
 * and its document says so in {@link Document#note()}.
 */
public final class MarkdownParser implements DocumentParser {

    /** Longest run of {@code -}, {@code *} or {@code _} markers (blanks between allowed) Flexmark is given. */
    static final int MAX_MARKER_RUN = 256;

    private final Parser parser;
    /** For a file whose front matter is never closed: Flexmark would take the whole file as front matter. */
    private final Parser withoutFrontMatter = Parser.builder(new MutableDataSet()).build();
    private final PlainTextParser plainText = new PlainTextParser();

    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    @Override
    public Document parse(String path, String text) {
        if (longestMarkerRun(text) > MAX_MARKER_RUN) {
            return asPlainText(path, text, "a line has a run of more than " + MAX_MARKER_RUN + " list or rule markers");
        }
        Node root;
        String note = "";
        try {
            root = parser.parse(text);
            if (root.getFirstChild() instanceof YamlFrontMatterBlock block && !closed(block)) {
                root = withoutFrontMatter.parse(text);
                note = "front matter is not closed (no '---' line after the first): read without front matter";
            }
        } catch (StackOverflowError e) {
            // A nesting Flexmark cannot take that the check above did not foresee: still analyse the words.
            return asPlainText(path, text, "nested too deeply for the Markdown parser");
        }
        Map<String, List<String>> frontMatter = frontMatter(root);

        ProseMask mask = new ProseMask(text);
        String firstHeading = collectBlocks(root, mask);
        revealHeadlines(root, text, firstHeading, mask);
        String title = frontMatter.getOrDefault("title", List.of()).stream().findFirst().orElse(firstHeading);
        return new Document(path, ContentFormat.MARKDOWN, text, mask.prose(), mask.blocks(), title, frontMatter, note);
    }

    /** Whether front matter ends with its own {@code ---} or {@code ...} line, as YAML's document markers do. */
    private static boolean closed(YamlFrontMatterBlock block) {
        String chars = block.getChars().toString().stripTrailing();
        int lastBreak = Math.max(chars.lastIndexOf('\n'), chars.lastIndexOf('\r'));
        if (lastBreak < 0) {
            return false;
        }
        String last = chars.substring(lastBreak + 1).strip();
        return last.equals("---") || last.equals("...");
    }

    private Document asPlainText(String path, String text, String why) {
        Document plain = plainText.parse(path, text);
        return new Document(path, ContentFormat.MARKDOWN, text, plain.prose(), plain.blocks(), plain.title(), Map.of(),
                "read as plain text: " + why);
    }

    /** Front matter is the document's first child when present; only its key lines are read, never the whole tree. */
    private static Map<String, List<String>> frontMatter(Node root) {
        Map<String, List<String>> frontMatter = new LinkedHashMap<>();
        if (root.getFirstChild() instanceof YamlFrontMatterBlock block) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof YamlFrontMatterNode node) {
                    frontMatter.put(node.getKey(), node.getValues().stream().map(YamlScalar::value).toList());
                }
            }
        }
        return frontMatter;
    }

    /** Front matter keys whose values readers see as the headline (title) or the standfirst. */
    private static final Map<String, BlockKind> DISPLAYED = Map.of("title", BlockKind.HEADING, "headline", BlockKind.HEADING,
            "description", BlockKind.PARAGRAPH, "summary", BlockKind.PARAGRAPH, "subtitle", BlockKind.PARAGRAPH,
            "standfirst", BlockKind.PARAGRAPH, "dek", BlockKind.PARAGRAPH);

    /**
     * The headline and standfirst readers see come from front matter in most sites: their values are
     * prose at their place in the file (inside the quotation marks of a quoted value). A title the body
     * repeats as its first heading is read once, there.
     */
    private static void revealHeadlines(Node root, String text, String firstHeading, ProseMask mask) {
        if (!(root.getFirstChild() instanceof YamlFrontMatterBlock block)) {
            return;
        }
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof YamlFrontMatterNode node) || !DISPLAYED.containsKey(node.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (com.vladsch.flexmark.util.sequence.BasedSequence value : node.getValuesSequences()) {
                int start = value.getStartOffset();
                int end = value.getEndOffset();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end - start >= 2 && (text.charAt(start) == '"' || text.charAt(start) == '\'')
                        && text.charAt(end - 1) == text.charAt(start)) {
                    start++;
                    end--;
                }
                if (end <= start || text.substring(start, end).strip().equals(firstHeading)) {
                    continue;
                }
                mask.reveal(start, end);
                mask.block(start, end, DISPLAYED.get(node.getKey().toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }

    /** Reveals the prose blocks in document order; returns the first heading's text, or empty. */
    private static String collectBlocks(Node root, ProseMask mask) {
        String firstHeading = "";
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Node child = pending.pop();
            if (child instanceof Paragraph paragraph) {
                revealInline(paragraph, mask);
                mask.block(paragraph.getStartOffset(), trimmedEnd(paragraph), kindOf(paragraph));
            } else if (child instanceof Heading heading) {
                revealInline(heading, mask);
                int start = heading.getText().getStartOffset();
                int end = heading.getText().getEndOffset();
                mask.block(start, end, BlockKind.HEADING);
                if (firstHeading.isEmpty()) {
                    firstHeading = heading.getText().toString().strip();
                }
            } else if (child instanceof ListItem || child instanceof BlockQuote
                    || child instanceof com.vladsch.flexmark.ast.ListBlock) {
                pushChildren(child, pending);
            }
            // Code blocks, HTML blocks, comments, front matter, reference definitions and thematic
            // breaks stay masked.
        }
        return firstHeading;
    }

    /** Pushes {@code node}'s children so that they pop in document order. */
    private static void pushChildren(Node node, Deque<Node> pending) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
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
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(node, pending);
        while (!pending.isEmpty()) {
            Node child = pending.pop();
            if (child instanceof Text) {
                revealText(child, mask);
            } else if (child instanceof HtmlEntity entity) {
                String decoded = org.jsoup.parser.Parser.unescapeEntities(entity.getChars().toString(), false);
                if (decoded.length() == 1) {
                    mask.put(entity.getStartOffset(), decoded.charAt(0));
                }
            } else if (!(child instanceof Code || child instanceof HtmlInline || child instanceof HtmlInlineComment
                    || child instanceof Image || child instanceof ImageRef)) {
                pushChildren(child, pending);
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

    /** The most {@code -}, {@code *} or {@code _} of one kind in a row on a line, blanks between them allowed. */
    static int longestMarkerRun(String text) {
        int longest = 0;
        int run = 0;
        char marker = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '*' || c == '_') {
                run = c == marker ? run + 1 : 1;
                marker = c;
                longest = Math.max(longest, run);
            } else if (c != ' ' && c != '\t') {
                run = 0;
                marker = 0;
            }
        }
        return longest;
    }
}
