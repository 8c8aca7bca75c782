package org.framecheck.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framecheck.source.ContentFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * HTML articles, parsed by jsoup with source positions tracked. Only the article body is prose
 * ({@code article}, else {@code main}, else {@code body}); scripts, styles, navigation, headers,
 * footers and asides are not. Entities are decoded in place, so offsets still point into the file.
 */
public final class HtmlParser implements DocumentParser {

    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "footer", "header", "aside",
            "noscript", "template", "code", "pre", "figure", "form", "button", "select", "svg", "iframe");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "dd", "dt", "figcaption", "td", "th", "div", "section", "article", "main", "body", "caption");

    @Override
    public Document parse(String path, String text) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document html = Jsoup.parse(text, "", parser);
        Element root = first(html, "article", "main", "body");
        ProseMask mask = new ProseMask(text);
        // Consecutive text nodes under the same block element form one block, so blocks never
        // overlap even when blocks nest (<div>text <p>inner</p> more</div>).
        Element[] runBlock = {null};
        int[] run = {-1, -1};
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof TextNode textNode) || textNode.isBlank() || insideSkipped(textNode, root)) {
                return;
            }
            int start = textNode.sourceRange().startPos();
            int end = textNode.sourceRange().endPos();
            if (start < 0 || end <= start || end > text.length()) {
                return;
            }
            reveal(text, start, end, mask);
            Element block = nearestBlock(textNode);
            if (block != runBlock[0] && run[0] >= 0) {
                mask.block(run[0], run[1], kindOf(runBlock[0]));
                run[0] = -1;
            }
            runBlock[0] = block;
            run[0] = run[0] < 0 ? start : run[0];
            run[1] = end;
        }, root);
        if (run[0] >= 0) {
            mask.block(run[0], run[1], kindOf(runBlock[0]));
        }
        Map<String, List<String>> meta = new LinkedHashMap<>();
        String title = html.title().strip();
        if (title.isEmpty()) {
            Element h1 = root.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        if (!title.isEmpty()) {
            meta.put("title", List.of(title));
        }
        for (Element m : html.select("meta[name]")) {
            String name = m.attr("name").strip();
            if (List.of("author", "date", "section", "description").contains(name)) {
                meta.put(name, List.of(m.attr("content")));
            }
        }
        return new Document(path, ContentFormat.HTML, text, mask.prose(), mask.blocks(), title, meta);
    }

    private static Element first(org.jsoup.nodes.Document html, String... tags) {
        for (String tag : tags) {
            Element e = html.selectFirst(tag);
            if (e != null) {
                return e;
            }
        }
        return html.body();
    }

    private static boolean insideSkipped(Node node, Element root) {
        for (Node n = node; n != null && n != root.parent(); n = n.parent()) {
            if (n instanceof Element e && SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static BlockKind kindOf(Element element) {
        String name = element == null ? "p" : element.normalName();
        if (name.matches("h[1-6]")) {
            return BlockKind.HEADING;
        }
        if (name.equals("li") || name.equals("dd") || name.equals("dt")) {
            return BlockKind.LIST_ITEM;
        }
        return name.equals("blockquote") ? BlockKind.BLOCK_QUOTE : BlockKind.PARAGRAPH;
    }

    private static Element nearestBlock(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
                return e;
            }
        }
        return null;
    }

    /** Copies a text node's source into the prose, decoding entities in place. */
    private static void reveal(String text, int start, int end, ProseMask mask) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '&') {
                int semi = text.indexOf(';', i);
                if (semi > i && semi < end && semi - i <= 32) {
                    String decoded = Parser.unescapeEntities(text.substring(i, semi + 1), false);
                    if (decoded.length() == 1) {
                        char d = decoded.charAt(0);
                        mask.put(i, d == '\u00A0' ? ' ' : d);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            mask.put(i, c);
            i++;
        }
    }
}
