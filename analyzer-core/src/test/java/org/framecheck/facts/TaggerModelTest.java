package org.framecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSDictionary;
import org.junit.jupiter.api.Test;

class TaggerModelTest {

    @Test
    void theCompactFormGivesTheSameWeightsAndTagDictionaryAsOpenNlpsFile() throws IOException {
        TaggerModel original = TaggerModel.original();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.write(bytes);
        TaggerModel compact = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        List<String> words = new ArrayList<>();
        ((POSDictionary) original.dictionary()).forEach(words::add);
        assertThat(words).hasSizeGreaterThan(10_000);
        for (String word : words) {
            assertThat(compact.dictionary().getTags(word)).as(word).containsExactly(original.dictionary().getTags(word));
        }

        String[] sentence = "Critics slam the Grand Slam draw , while jobless claims rose and he claims the title .".split(" ");
        String[] previous = {"NNS", "VBP", "DT", "NNP", "NNP", "NN", ",", "IN", "JJ", "NNS", "VBD", "CC", "PRP", "VBZ", "DT", "NN"};
        DefaultPOSContextGenerator contexts = new DefaultPOSContextGenerator(0, null);
        for (int i = 0; i < sentence.length; i++) {
            String[] context = contexts.getContext(i, sentence, previous, null);
            assertThat(compact.maxent().eval(context)).as(sentence[i]).containsExactly(original.maxent().eval(context));
        }
        assertThat(compact.maxent().getNumOutcomes()).isEqualTo(original.maxent().getNumOutcomes());
    }

    @Test
    void theBuildWroteTheCompactForm() {
        assertThat(TaggerModel.class.getResource(TaggerModel.COMPACT_RESOURCE)).isNotNull();
    }
}
