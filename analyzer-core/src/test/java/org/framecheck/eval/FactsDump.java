package org.framecheck.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.framecheck.api.Analyzer;
import org.framecheck.facts.Attribution;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.facts.Quote;
import org.framecheck.facts.Source;
import org.framecheck.source.ContentFormat;

/** Development aid: prints the attributions, quotes and sources of text files. */
public final class FactsDump {
    private FactsDump() {
    }

    public static void main(String[] args) throws Exception {
        Analyzer analyzer = Analyzer.withDefaultRules();
        for (String arg : args) {
            String text = Files.readString(Path.of(arg));
            ContentFormat format = arg.endsWith(".md") ? ContentFormat.MARKDOWN : ContentFormat.TEXT;
            DocumentFacts f = analyzer.facts(analyzer.read(arg, format, text));
            System.out.println("== " + arg + " genre=" + f.article().genre() + " opinion sentences="
                    + f.sentences().stream().filter(x -> !x.news()).count() + "/" + f.sentences().size());
            for (Attribution a : f.attributions()) {
                System.out.printf("A s%d [%s] verb=%s source=\"%s\" speaker=\"%s\" type=%s key=%s side=%s%s%s%s%s claim=\"%s\"%n",
                        a.sentence(), a.form(), a.verb(), a.source(), a.speaker(), a.sourceType(), a.sourceKey(), a.party(),
                        a.named() ? " named" : "", a.person() ? " person" : "", a.vague() ? " vague" : "", a.selfClaim() ? " self" : "",
                        shorten(text.substring(a.claimStart(), a.claimEnd())));
            }
            for (org.framecheck.facts.TermMatch m : f.terms()) {
                if (m.list().endsWith("verbs")) {
                    System.out.printf("T s%d %s [%s/%s]%s%n", m.sentence(), m.text(), m.list(), m.tag(), m.reported() ? " reported" : "");
                }
            }
            for (Quote q : f.quotes()) {
                System.out.printf("Q s%d \"%s\" speaker=\"%s\"%s%s%n", q.sentence(), shorten(q.text()), q.speaker(),
                        q.governed() ? " governed" : "", q.closed() ? "" : " open");
            }
            for (org.framecheck.findings.Finding x : analyzer.analyze(arg, format, text).findings()) {
                System.out.printf("F %d:%d %s [%s] %s%n", x.line(), x.column(), x.rule(), x.severity().id(), shorten(x.text()));
            }
            for (Source s : f.sources()) {
                System.out.printf("S %s (%s) side=%s mentions=%d quotes=%d%n", s.name(), s.type(), s.side(), s.mentions(), s.quotes());
            }
        }
    }

    private static String shorten(String s) {
        s = s.replace('\n', ' ');
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
