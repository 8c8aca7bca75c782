package org.framecheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.DocumentResult.Status;
import org.framecheck.findings.Finding;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSetException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run over a content folder full of awkward files, as a newsroom's repository may hold them:
 * every file gets a result with its status and a one-line message, the good files beside them are
 * analysed as usual, and every finding's offsets, lines and columns point at its text in the file.
 */
class BadInputTest {

    @TempDir
    static Path tmp;
    static Path content;
    static AnalysisResult run;
    static Map<String, DocumentResult> byPath;
    static Map<String, byte[]> bytes = new java.util.TreeMap<>();
    static boolean unreadableFileMade;
    /** 68 characters; 15,000 of them make a line of just over 1 MB. */
    static final String ONE_LINE_SENTENCE = "The militant group said its fighters spoke to what he called the regime. ";

    private static void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(String path, byte[] data) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        bytes.put(path, data);
    }

    @BeforeAll
    static void analyseTheFolder() throws Exception {
        content = Files.createDirectories(tmp.resolve("content"));
        write("control.txt", "The militant group said its fighters killed two soldiers.\n");
        write("empty.txt", "");
        write("empty.md", "");
        write("empty.html", "");
        write("blank.md", "  \n\t\r\n \u00A0\r\n\n");
        write("front-matter-only.md", "---\ntitle: \"Only front matter\"\nauthor: Desk\n---\n");
        write("front-matter-unterminated.md", "---\ntitle: \"Never closed\"\n\nThe militant group said its fighters killed two soldiers.\n");
        write("bom.txt", "\uFEFFThe militant group said its fighters killed two soldiers.\n");
        write("crlf.txt", "Talks stall\r\n\r\nFirst line.\r\nThe militant group said its fighters killed two soldiers.\r\n");
        write("cr.txt", "Talks stall\r\rFirst line.\rThe militant group said its fighters killed two soldiers.\r");
        write("invalid-utf8.txt", concat("The militant group said ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, ' ', 'x'}));
        write("binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        write("controls.txt", "The\u200B militant\u200E group\u202E said\u2066 its\u2069 fighters\u200D killed\u00AD two.\n");
        write("emoji.md", "# 👩‍👩‍👧 Talks 🇺🇦\n\n😀😀 The 𝔘 militant group said its fighters killed two soldiers 🎉.\n");
        write("rtl.html", "<html dir=\"rtl\"><body><p>قالت الجماعة المسلحة إنها ستتحدث. The militant group said its fighters killed two soldiers. הקבוצה החמושה אמרה</p></body></html>");
        write("dir with space/Ünïcödé name — é.md", "The militant group said its fighters killed two soldiers.\n");
        write("quotes-unterminated.txt", "He said \"the militant group would talk. And 'so on.\n\nThe “militant group said it would.\n");
        write("malformed.html", "<p>The militant group <b>said <i>its fighters killed</p></div></span><p>what he called <<>> a truce<p <a href=\"x>broken");
        write("nested-quotes.md", "> ".repeat(5000) + "The militant group said its fighters killed two soldiers.\n");
        write("nested-lists.md", "- ".repeat(5000) + "The militant group said its fighters killed two soldiers.\n");
        write("nested-html.html", "<div><blockquote>".repeat(5000) + "The militant group said its fighters killed two soldiers.");
        write("one-line.txt", ONE_LINE_SENTENCE.repeat(15_000));
        // A symbolic-link loop: the walk follows links, so it must notice that loop/ leads back up.
        Files.createDirectories(content.resolve("links"));
        Files.createSymbolicLink(content.resolve("links/loop"), content);
        Files.createSymbolicLink(content.resolve("links/dangling.md"), content.resolve("links/missing.md"));
        // A file nobody may read; root reads it all the same, which the test below checks for.
        write("unreadable.md", "The militant group said its fighters killed two soldiers.\n");
        Files.setPosixFilePermissions(content.resolve("unreadable.md"), PosixFilePermissions.fromString("---------"));
        unreadableFileMade = !Files.isReadable(content.resolve("unreadable.md"));

        run = new AnalysisExecutor().execute(new AnalysisRequest(List.of(content), tmp.resolve("out"), List.of(), null,
                EnumSet.allOf(ReportFormat.class), StandardCharsets.UTF_8, 2, Set.of()), w -> { });
        byPath = run.documents().stream().collect(Collectors.toMap(DocumentResult::path, Function.identity()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static DocumentResult result(String path) {
        assertThat(byPath).containsKey(path);
        return byPath.get(path);
    }

    private static List<String> found(String path) {
        return result(path).findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column() + " " + f.text()).toList();
    }

    @Test
    void everyFileHasAResultAndEveryProblemIsOneNamedLine() {
        List<String> expected = new java.util.ArrayList<>(List.of("binary.md", "blank.md", "bom.txt", "control.txt",
                "controls.txt", "cr.txt", "crlf.txt", "dir with space/Ünïcödé name — é.md", "emoji.md", "empty.html",
                "empty.md", "empty.txt", "front-matter-only.md", "front-matter-unterminated.md", "invalid-utf8.txt",
                "malformed.html", "nested-html.html", "nested-lists.md", "nested-quotes.md", "one-line.txt",
                "quotes-unterminated.txt", "rtl.html", "unreadable.md"));
        assertThat(run.documents()).extracting(DocumentResult::path).containsExactlyElementsOf(expected);
        // Files the walk cannot use are warned about by name; so is every file that was skipped.
        List<String> warnings = new java.util.ArrayList<>(List.of(
                "links/dangling.md: skipped: broken symbolic link",
                "links/loop: skipped: symbolic-link loop",
                "binary.md: skipped: binary content (NUL byte at byte offset 8)",
                "invalid-utf8.txt: skipped: not valid UTF-8 at byte offset 24"));
        if (unreadableFileMade) {
            warnings.add("unreadable.md: skipped: cannot be read: permission denied");
        }
        assertThat(run.warnings()).containsExactlyElementsOf(warnings);
        for (DocumentResult d : run.documents()) {
            assertThat(d.message()).as(d.path()).doesNotContain("\n").doesNotContain("\r").doesNotContain(tmp.toString());
        }
        assertThat(run.summaryLine()).startsWith(unreadableFileMade
                ? "framecheck: 23 documents: 20 analyzed, 0 from cache, 3 skipped; 10029 findings: "
                : "framecheck: 23 documents: 21 analyzed, 0 from cache, 2 skipped; 10031 findings: ");
    }

    @Test
    void filesThatAreNotTextAreSkippedWithTheByteOffset() {
        assertThat(result("invalid-utf8.txt")).extracting(DocumentResult::status, DocumentResult::message)
                .containsExactly(Status.SKIPPED, "not valid UTF-8 at byte offset 24");
        assertThat(result("binary.md")).extracting(DocumentResult::status, DocumentResult::message)
                .containsExactly(Status.SKIPPED, "binary content (NUL byte at byte offset 8)");
        // The good file beside them is analysed as usual.
        assertThat(found("control.txt")).containsExactly("self-sourced-claim@1:1 The militant group said", "militant-label@1:5 militant group");
    }

    @Test
    void emptyBlankAndFrontMatterOnlyFilesAreAnalysedAndFindNothing() {
        for (String path : List.of("empty.txt", "empty.md", "empty.html", "blank.md", "front-matter-only.md")) {
            // the front matter's title is a headline readers see: its three words are prose
            int words = path.equals("front-matter-only.md") ? 3 : 0;
            assertThat(result(path)).as(path).extracting(DocumentResult::status, DocumentResult::message, DocumentResult::words)
                    .containsExactly(Status.ANALYZED, "", words);
            assertThat(result(path).findings()).as(path).isEmpty();
        }
        assertThat(result("front-matter-only.md").title()).isEqualTo("Only front matter");
    }

    @Test
    void unterminatedFrontMatterDoesNotSwallowTheArticle() {
        DocumentResult d = result("front-matter-unterminated.md");
        assertThat(d.message()).isEqualTo("front matter is not closed (no '---' line after the first): read without front matter");
        assertThat(found("front-matter-unterminated.md")).containsExactly(
                "self-sourced-claim@4:1 The militant group said", "militant-label@4:5 militant group");
    }

    @Test
    void byteOrderMarkIsNotCounted() {
        assertThat(result("bom.txt").findings()).extracting(Finding::start, Finding::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(4, 5));
    }

    @Test
    void crlfAndLoneCrEndLines() {
        assertThat(found("crlf.txt")).containsExactly("self-sourced-claim@4:1 The militant group said", "militant-label@4:5 militant group");
        assertThat(result("crlf.txt").findings().get(1).start()).isEqualTo(32);
        assertThat(found("cr.txt")).containsExactly("self-sourced-claim@4:1 The militant group said", "militant-label@4:5 militant group");
        assertThat(result("cr.txt").findings().get(1).start()).isEqualTo(29);
        assertThat(result("crlf.txt").title()).isEqualTo("Talks stall");
    }

    @Test
    void invisibleControlsEmojiAndRightToLeftTextKeepOffsetsInUtf16Units() {
        assertThat(found("controls.txt")).containsExactly("self-sourced-claim@1:1 The\u200B militant\u200E group\u202E said",
                "militant-label@1:6 militant\u200E group");
        // "# " + a family emoji of 8 UTF-16 units + " Talks " + a flag of 4 units + two line breaks + two emoji.
        assertThat(found("emoji.md")).containsExactly("self-sourced-claim@3:6 The 𝔘 militant group said", "militant-label@3:13 militant group");
        assertThat(result("emoji.md").findings().get(1).start()).isEqualTo(35);
        assertThat(result("emoji.md").title()).isEqualTo("👩‍👩‍👧 Talks 🇺🇦");
        assertThat(found("rtl.html")).containsExactly("self-sourced-claim@1:60 The militant group said", "militant-label@1:64 militant group");
    }

    @Test
    void fileNamesWithSpacesAndNonAsciiCharacters() {
        assertThat(found("dir with space/Ünïcödé name — é.md")).hasSize(2);
        assertThat(tmp.resolve("out").resolve(org.framecheck.report.ReportPaths.articlePage("dir with space/Ünïcödé name — é.md"))).isRegularFile();
    }

    @Test
    void unterminatedQuotesAndMalformedHtmlAreAnalysed() {
        assertThat(found("quotes-unterminated.txt")).containsExactly("militant-label@1:14 militant group", "militant-label@3:6 militant group");
        assertThat(found("malformed.html")).containsExactly("self-sourced-claim@1:4 The militant group <b>said",
                "militant-label@1:8 militant group", "distancing-frame@1:73 what he called");
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        assertThat(found("nested-quotes.md")).containsExactly("self-sourced-claim@1:10001 The militant group said", "militant-label@1:10005 militant group");
        assertThat(result("nested-quotes.md").message()).isEmpty();
        // Flexmark's thematic-break pattern recurses once per marker: such a line is read as plain text.
        assertThat(result("nested-lists.md").message()).isEqualTo("read as plain text: a line has a run of more than 256 list or rule markers");
        assertThat(found("nested-lists.md")).containsExactly("self-sourced-claim@1:10001 The militant group said", "militant-label@1:10005 militant group");
        assertThat(found("nested-html.html")).containsExactly("self-sourced-claim@1:85001 The militant group said", "militant-label@1:85005 militant group");
    }

    @Test
    void aOneMegabyteLineIsAnalysedInPartsWithAtMostTenThousandFindings() {
        DocumentResult d = result("one-line.txt");
        assertThat(d.status()).isEqualTo(Status.ANALYZED);
        assertThat(d.message()).isEqualTo("long document; analysed in 11 parts of at most 100000 characters; 45000 findings, the first 10000 reported");
        assertThat(d.words()).isEqualTo(195_000);
        assertThat(d.findings()).hasSize(10_000);
        // Each 73-character sentence holds three findings; the 10,000th is the first of sentence 3,334.
        Finding last = d.findings().get(9_999);
        assertThat(List.of(last.rule(), last.start(), last.column())).containsExactly("self-sourced-claim", 3333 * 73, 3333 * 73 + 1);
    }

    @Test
    void unreadableFileIsSkippedWithAReason() {
        assumeThat(unreadableFileMade).as("running as root, which reads files whatever their mode: case not testable here").isTrue();
        assertThat(result("unreadable.md")).extracting(DocumentResult::status, DocumentResult::message)
                .containsExactly(Status.SKIPPED, "cannot be read: permission denied");
    }

    /** Whatever the file: each finding's text is the file's text at its offsets, and its line and column agree. */
    @Test
    void everyFindingInEveryFilePointsAtItsText() {
        for (DocumentResult d : run.documents()) {
            if (d.status() != Status.ANALYZED) {
                continue;
            }
            String text = new String(bytes.get(d.path()), StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            GeneratedTextPropertyTest.assertFindingsPointAtTheirText(text, d, "the file");
        }
    }

    /** Windows-1252 curly quotes and Latin-1 accents read right when that encoding is asked for, and not otherwise. */
    @Test
    void otherEncodingsReadWithTheConfiguredCharset(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("content"));
        String text = "Le café: the militant group followed Iraq's \u201Cbalanced\u201D policy.\n";
        Files.write(folder.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));
        AnalysisResult cp1252 = new AnalysisExecutor().execute(new AnalysisRequest(List.of(folder), dir.resolve("out"), List.of(),
                null, EnumSet.of(ReportFormat.JSON), Charset.forName("windows-1252"), 1, Set.of()), w -> { });
        DocumentResult d = cp1252.documents().get(0);
        assertThat(d.status()).isEqualTo(Status.ANALYZED);
        assertThat(d.findings()).extracting(f -> f.rule() + "@" + f.start() + " " + f.text()).containsExactly(
                "militant-label@13 militant group", "scare-quotes@44 \u201Cbalanced\u201D");
        // 0x93 and 0x94 are windows-1252's curly quotes.
        assertThat(d.findings().get(0).excerpt().after()).isEqualTo(" followed Iraq's \u201Cbalanced\u201D policy.");

        Files.write(folder.resolve("cp1252.txt"), "Le caf\u00E9 said.\n".getBytes(StandardCharsets.ISO_8859_1));
        AnalysisResult latin1 = new AnalysisExecutor().execute(new AnalysisRequest(List.of(folder), dir.resolve("out"), List.of(),
                null, EnumSet.of(ReportFormat.JSON), StandardCharsets.ISO_8859_1, 1, Set.of()), w -> { });
        assertThat(latin1.documents().get(0)).extracting(DocumentResult::status, DocumentResult::words).containsExactly(Status.ANALYZED, 3);
        // The same bytes read as UTF-8: the lone 0xE9 is refused, with its offset.
        AnalysisResult utf8 = new AnalysisExecutor().execute(new AnalysisRequest(List.of(folder), dir.resolve("out"), List.of(),
                null, EnumSet.of(ReportFormat.JSON), StandardCharsets.UTF_8, 1, Set.of()), w -> { });
        assertThat(utf8.documents().get(0).message()).isEqualTo("not valid UTF-8 at byte offset 6");
    }
}
