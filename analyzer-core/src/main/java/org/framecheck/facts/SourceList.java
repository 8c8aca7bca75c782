package org.framecheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article's sources, one per party, in order of first mention, and the sentence an editor reads
 * first about them ("4 sources: 3 government, 1 state media; no independent source").
 */
final class SourceList {

    private SourceList() {
    }

    /**
     * A source's mentions count the sentences that attribute something to it ("criticized the visit,
     * saying…" is one mention), its quotes the direct quotations given to it.
     */
    static List<Source> of(List<Attribution> attributions, List<Quote> quotes) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, String> sides = new HashMap<>();
        Map<String, Set<Integer>> sentences = new HashMap<>();
        Map<String, List<Mention>> places = new HashMap<>();
        Map<String, String> keyBySpeaker = new HashMap<>();
        Map<String, String> nameByKey = new HashMap<>();
        for (Attribution a : attributions) {
            String key = a.sourceKey();
            if (key.isEmpty()) {
                continue; // an unresolved pronoun names nobody a reader could check
            }
            keyBySpeaker.putIfAbsent(a.speaker(), key);
            names.merge(key, a.speaker(), (x, y) -> y.length() > x.length() ? y : x);
            types.merge(key, a.sourceType(), SourceList::moreSpecific);
            sides.putIfAbsent(key, a.party());
            sentences.computeIfAbsent(key, k -> new TreeSet<>()).add(a.sentence());
            places.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(a.sourceStart(), a.sourceEnd()));
        }
        names.forEach(nameByKey::put);
        Map<String, Integer> quoted = new HashMap<>();
        for (Quote q : quotes) {
            String key = keyBySpeaker.get(q.speaker());
            if (key != null) {
                quoted.merge(key, 1, Integer::sum);
            }
        }
        List<Source> sources = new ArrayList<>();
        names.forEach((key, name) -> {
            String side = sides.get(key);
            String sideName = side.equals(key) || side.startsWith("unnamed:") ? ""
                    : nameByKey.getOrDefault(side, side.startsWith("body:") ? side.substring(5) : "");
            sources.add(new Source(name, types.get(key), side, sentences.get(key).size(), quoted.getOrDefault(key, 0),
                    places.get(key), sideName));
        });
        return sources;
    }

    /** A kind a description states beats one guessed from a bare name. */
    private static String moreSpecific(String a, String b) {
        boolean aGuess = a.equals(SourceType.PERSON) || a.equals(SourceType.COMPANY);
        boolean bGuess = b.equals(SourceType.PERSON) || b.equals(SourceType.COMPANY);
        return aGuess && !bGuess ? b : a;
    }

    /** How many sides the attributions come from. */
    static int sideCount(List<Attribution> attributions) {
        Set<String> sides = new LinkedHashSet<>();
        for (Attribution a : attributions) {
            sides.add(a.party());
        }
        return sides.size();
    }

    /**
     * One sentence about the sources: how many, of which kinds, whether any is independent, and
     * whether the story says the other side was not heard.
     */
    static String summary(List<Source> sources, boolean otherSideNotHeard, String unheard) {
        if (sources.isEmpty()) {
            return "No sources: nothing is attributed";
        }
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (String type : SourceType.PRIORITY) {
            int n = (int) sources.stream().filter(s -> s.type().equals(type)).count();
            if (n > 0) {
                byType.put(type, n);
            }
        }
        List<String> parts = new ArrayList<>();
        byType.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(e -> parts.add(e.getValue() + " " + SourceType.label(e.getKey())));
        StringBuilder sb = new StringBuilder();
        sb.append(sources.size()).append(sources.size() == 1 ? " source: " : " sources: ").append(String.join(", ", parts));
        if (sources.stream().noneMatch(Source::independent)) {
            sb.append("; no independent source");
        }
        if (!unheard.isEmpty()) {
            sb.append("; ").append(unheard).append(" not heard");
        } else if (otherSideNotHeard) {
            sb.append("; the other side not heard");
        }
        return sb.toString();
    }
}
