package org.framecheck.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** framecheck's version, as Maven filtered it into the jar. */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/framecheck/framecheck.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
