package org.framecheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Where each article's page goes inside the report folder: stable, safe names derived from its path. */
public final class ReportPaths {

    public static final String ARTICLES = "articles";

    private ReportPaths() {
    }

    /**
     * {@code articles/world/talks.md-1a2b3c4d.html}: the path's safe characters keep it readable, a hash of
     * the whole path keeps two paths that differ only in unsafe characters apart.
     */
    public static String articlePage(String path) {
        String safe = path.replaceAll("[^A-Za-z0-9._/-]", "_").replaceAll("\\.\\.+", "_").replaceAll("^/+", "");
        return ARTICLES + "/" + safe + "-" + shortHash(path) + ".html";
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
