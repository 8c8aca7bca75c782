package org.framecheck.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.framecheck.findings.DocumentResult;
import org.framecheck.rules.RuleMetadata;

/**
 * Renders a report through a FreeMarker template. {@code .ftlh} templates use FreeMarker's HTML
 * output format and {@code .ftlmd} templates the {@link MarkdownOutputFormat}, both auto-escaping
 * every value, so article text is never markup. Templates come from a user folder first, then from
 * the built-in {@code templates/}.
 *
 * <p>The HTML report is a small offline site: {@code index.html} (from {@link Overview}), one page per
 * article, {@code rules.html} (from {@link RuleCatalog}) and the stylesheet and script they all link
 * to, copied as they are from the template folders. The Markdown report is cut to fit a pull-request
 * comment by {@link MarkdownReport#fit}.
 */
public final class TemplateRenderer implements ReportRenderer, PageRenderer {

    static final String BUILT_IN = "org/framecheck/defaults/templates";

    /** The rule catalog, written beside {@code index.html}. */
    public static final String RULES_PAGE = "rules.html";
    /** The stylesheet every HTML page links to. */
    public static final String STYLESHEET = "framecheck.css";
    /** The script every HTML page runs: table sorting and filters, tooltip dismissal. */
    public static final String SCRIPT = "framecheck.js";

    private final ReportFormat format;
    private final String templateName;
    private final Configuration configuration;
    private final Map<String, RuleMetadata> rules;
    private final CategoryPalette palette;

    /**
     * @param templateDirectory a folder whose templates override the built-in ones, or null
     */
    public TemplateRenderer(ReportFormat format, String templateName, Path templateDirectory,
                            Map<String, RuleMetadata> rules) throws IOException {
        this.format = format;
        this.templateName = templateName;
        this.configuration = configuration(templateDirectory);
        this.rules = Map.copyOf(rules);
        this.palette = CategoryPalette.of(this.rules.values());
    }

    /** The HTML overview ({@code index.ftlh}), article pages ({@code article.ftlh}) and rule catalog ({@code rules.ftlh}). */
    public static TemplateRenderer html(Path templateDirectory, Map<String, RuleMetadata> rules) throws IOException {
        return new TemplateRenderer(ReportFormat.HTML, "index.ftlh", templateDirectory, rules);
    }

    /** The Markdown summary ({@code report.ftlmd}), at most {@link MarkdownReport#LIMIT} characters long. */
    public static TemplateRenderer markdown(Path templateDirectory) throws IOException {
        return new TemplateRenderer(ReportFormat.MARKDOWN, "report.ftlmd", templateDirectory, Map.of());
    }

    @Override
    public ReportFormat format() {
        return format;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        if (format == ReportFormat.MARKDOWN) {
            out.write(MarkdownReport.fit(report, MarkdownReport.LIMIT, this::markdownText));
        } else {
            process(templateName, Map.of("report", report, "overview", Overview.of(report)), out);
        }
    }

    /** The Markdown template applied to one cut of the report. */
    String markdownText(MarkdownReport model) throws IOException {
        StringWriter text = new StringWriter();
        process(templateName, Map.of("report", model.report(), "md", model), text);
        return text.toString();
    }

    @Override
    public List<String> companions() {
        return format == ReportFormat.HTML ? List.of(RULES_PAGE, STYLESHEET, SCRIPT) : List.of();
    }

    @Override
    public void renderCompanion(String name, Report report, Writer out) throws IOException {
        switch (name) {
            case RULES_PAGE -> process("rules.ftlh", Map.of("report", report, "catalog", RuleCatalog.of(report.rules())), out);
            case STYLESHEET, SCRIPT -> copy(name, out);
            default -> ReportRenderer.super.renderCompanion(name, report, out);
        }
    }

    @Override
    public void renderPage(ArticleView article, DocumentResult result, Writer out) throws IOException {
        process("article.ftlh", Map.of("article", article, "document", result, "rules", rules, "palette", palette,
                "legend", palette.categoriesOf(result.findings()), "sourcing", SourcingBar.of(result.sources())), out);
    }

    private void process(String name, Map<String, Object> model, Writer out) throws IOException {
        try {
            configuration.getTemplate(name).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** Copies a static file from the template folders (a user's first), as it is. */
    private void copy(String name, Writer out) throws IOException {
        TemplateLoader loader = configuration.getTemplateLoader();
        Object source = loader.findTemplateSource(name);
        if (source == null) {
            throw new IOException("template file " + name + " not found");
        }
        try (Reader in = loader.getReader(source, StandardCharsets.UTF_8.name())) {
            in.transferTo(out);
        } finally {
            loader.closeTemplateSource(source);
        }
    }

    private static Configuration configuration(Path templateDirectory) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templateDirectory != null) {
            loaders.add(new FileTemplateLoader(templateDirectory.toFile()));
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class.getClassLoader(), BUILT_IN));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));

        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        html.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        markdown.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        cfg.setTemplateConfigurations(new freemarker.cache.FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), html),
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"), markdown))
                .allowNoMatch(true));
        return cfg;
    }
}
