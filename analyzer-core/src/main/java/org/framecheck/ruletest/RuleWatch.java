package org.framecheck.ruletest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.framecheck.rules.RuleFile;

/**
 * What to run again when a file of a rule folder changes, in a watch loop: the test file itself, the
 * rules a DRL file declares, or (a word list, several files) every test the author asked for. The
 * whole rule set is recompiled each time; in a warm JVM that takes well under a second.
 */
public final class RuleWatch {

    private RuleWatch() {
    }

    /**
     * @param changed the file that changed, as the watcher saw it
     * @param asked   the selection the watch started with
     */
    public static RuleTestSelection after(Path changed, RuleTestSelection asked) {
        String name = changed.toString().replace('\\', '/');
        RuleFile file = new RuleFile(name, "", false);
        if (file.isTest() && Files.isRegularFile(changed)) {
            return new RuleTestSelection(asked.rules(), java.util.List.of(name));
        }
        if (file.isDrl() && Files.isRegularFile(changed)) {
            String content;
            try {
                content = Files.readString(changed, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return asked; // mid-save or gone: the compile will say what is wrong
            }
            Set<String> declared = new TreeSet<>();
            new RuleFile(name, content, false).declarations().forEach(d -> declared.add(d.id()));
            declared.removeIf(id -> !asked.includesRule(id));
            if (!declared.isEmpty()) {
                return new RuleTestSelection(declared, asked.tests());
            }
        }
        return asked;
    }
}
