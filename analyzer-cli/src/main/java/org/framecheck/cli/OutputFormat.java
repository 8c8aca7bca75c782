package org.framecheck.cli;

import java.io.IOException;
import java.io.Writer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.report.JsonRenderer;
import org.framecheck.report.Report;
import org.framecheck.report.SarifRenderer;

/** How {@code framecheck check} prints what it found. */
enum OutputFormat {
    /** {@code file:line:column severity [rule] message}, one finding a line, as compilers and linters print. */
    LINE {
        @Override
        void write(Report report, Writer out) throws IOException {
            for (DocumentResult d : report.documents()) {
                for (Finding f : d.findings()) {
                    out.write(report.sourcePath(d.path()) + ":" + f.line() + ":" + f.column() + " " + f.severity().id()
                            + " [" + f.rule() + "] " + oneLine(f.message()) + (report.isNew(d, f) ? " (new)" : "") + "\n");
                }
            }
        }
    },
    /** GitHub Actions workflow commands: each finding an annotation on its line of the pull request. */
    GITHUB {
        @Override
        void write(Report report, Writer out) throws IOException {
            for (DocumentResult d : report.documents()) {
                for (Finding f : d.findings()) {
                    String level = switch (f.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "notice";
                    };
                    out.write("::" + level + " file=" + property(report.sourcePath(d.path())) + ",line=" + f.line()
                            + ",col=" + f.column() + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn()
                            + ",title=" + property("framecheck " + f.rule()) + "::"
                            + data(f.message() + (f.suggestion().isEmpty() ? "" : " Suggestion: " + f.suggestion())) + "\n");
                }
            }
        }
    },
    /** The plugin's {@code framecheck.json} document. */
    JSON {
        @Override
        void write(Report report, Writer out) throws IOException {
            new JsonRenderer().render(report, out);
        }
    },
    /** SARIF 2.1.0, as the plugin's {@code framecheck.sarif}. */
    SARIF {
        @Override
        void write(Report report, Writer out) throws IOException {
            new SarifRenderer().render(report, out);
        }
    };

    abstract void write(Report report, Writer out) throws IOException;

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A workflow command's message: percent signs and line breaks escaped. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: also colons and commas escaped. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
