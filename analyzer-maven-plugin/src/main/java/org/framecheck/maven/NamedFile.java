package org.framecheck.maven;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.framecheck.api.Analyzer;
import org.framecheck.document.Document;
import org.framecheck.source.ContentFormat;

/** A file named on the command line ({@code framecheck.files}), read as a document of the format its name says. */
final class NamedFile {

    private NamedFile() {
    }

    static Document read(Analyzer analyzer, Path file, Charset charset) throws MojoExecutionException {
        String text;
        try {
            text = Files.readString(file, charset);
        } catch (IOException e) {
            throw new MojoExecutionException("framecheck: cannot read " + file + ": " + e.getMessage());
        }
        String name = file.getFileName().toString();
        return analyzer.read(name, ContentFormat.forFileName(name).orElse(ContentFormat.TEXT), text);
    }
}
