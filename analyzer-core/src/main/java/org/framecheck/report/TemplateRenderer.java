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
import java.io.Writer;
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
 */
public final class TemplateRenderer implements ReportRenderer, PageRenderer {

    static final String BUILT_IN = "org/framecheck/defaults/templates";

    private final ReportFormat format;
    private final String templateName;
    private final Configuration configuration;
    private final Map<String, RuleMetadata> rules;

    /**
     * @param templateDirectory a folder whose templates override the built-in ones, or null
     */
    public TemplateRenderer(ReportFormat format, String templateName, Path templateDirectory,
                            Map<String, RuleMetadata> rules) throws IOException {
        this.format = format;
        this.templateName = templateName;
        this.configuration = configuration(templateDirectory);
        this.rules = Map.copyOf(rules);
    }

    /** The HTML overview ({@code index.ftlh}) and article pages ({@code article.ftlh}). */
    public static TemplateRenderer html(Path templateDirectory, Map<String, RuleMetadata> rules) throws IOException {
        return new TemplateRenderer(ReportFormat.HTML, "index.ftlh", templateDirectory, rules);
    }

    public static TemplateRenderer markdown(Path templateDirectory) throws IOException {
        return new TemplateRenderer(ReportFormat.MARKDOWN, "report.ftlmd", templateDirectory, Map.of());
    }

    @Override
    public ReportFormat format() {
        return format;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        process(templateName, Map.of("report", report), out);
    }

    @Override
    public void renderPage(ArticleView article, DocumentResult result, Writer out) throws IOException {
        process("article.ftlh", Map.of("article", article, "document", result, "rules", rules), out);
    }

    private void process(String name, Map<String, Object> model, Writer out) throws IOException {
        try {
            configuration.getTemplate(name).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
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
