package org.framecheck.maven;

import org.framecheck.findings.Finding;

/** How findings read in a console: {@code file:line:column [rule] text — message}, as Checkstyle prints them. */
final class Findings {

    private Findings() {
    }

    static String line(String path, Finding f) {
        return path + ":" + f.line() + ":" + f.column() + " [" + f.rule() + "] " + f.text() + " \u2014 " + f.message();
    }
}
