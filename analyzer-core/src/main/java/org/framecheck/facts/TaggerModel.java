package org.framecheck.facts;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;

/**
 * The part-of-speech model's two parts the tagger uses, the maxent weights and the tag dictionary, in a
 * plain binary form written at build time. OpenNLP's own file takes about a second to read (its tag
 * dictionary is XML); this form reads in a fraction of that, so a one-article command starts fast. The
 * weights are copied exactly, so tags are the same (TaggerModelTest compares them).
 *
 * <p>Run as {@code TaggerModel OUTPUT-FILE} to write the compact form of {@code en-pos-maxent.bin}.
 */
record TaggerModel(MaxentModel maxent, TagDictionary dictionary) {
    static final String COMPACT_RESOURCE = "/org/framecheck/defaults/pos/en-pos.compact";
    private static final String ORIGINAL_RESOURCE = "/en-pos-maxent.bin";
    private static final int FORMAT = 2;

    /** The compact form when the build wrote it, else OpenNLP's own file. */
    static TaggerModel load() {
        try (InputStream compact = TaggerModel.class.getResourceAsStream(COMPACT_RESOURCE)) {
            if (compact != null) {
                return read(compact);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + COMPACT_RESOURCE, e);
        }
        return original();
    }

    static TaggerModel original() {
        try (InputStream in = TaggerModel.class.getResourceAsStream(ORIGINAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the part-of-speech model en-pos-maxent.bin is not on the class path");
            }
            POSModel model = new POSModel(in);
            return new TaggerModel(model.getArtifact("pos.model"), model.getFactory().getTagDictionary());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model", e);
        }
    }

    /**
     * Writes the model as blocks read in bulk: the tags; the predicates' names as one text; per
     * predicate its number of weights; then all tag indexes and all weights; the dictionary as one text.
     */
    void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(FORMAT);
        Object[] data = ((AbstractModel) maxent).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        writeText(out, String.join("\n", outcomes));
        writeText(out, String.join("\n", predicates.keySet()));
        int total = 0;
        for (Context c : predicates.values()) {
            out.writeShort(c.getOutcomes().length);
            total += c.getOutcomes().length;
        }
        out.writeInt(total);
        for (Context c : predicates.values()) {
            for (int id : c.getOutcomes()) {
                out.writeByte(id);
            }
        }
        for (Context c : predicates.values()) {
            for (double weight : c.getParameters()) {
                out.writeDouble(weight);
            }
        }
        POSDictionary dictionary = (POSDictionary) this.dictionary;
        StringBuilder entries = new StringBuilder();
        for (String word : dictionary) {
            entries.append(word).append('\t').append(String.join(" ", dictionary.getTags(word))).append('\n');
        }
        out.writeBoolean(dictionary.isCaseSensitive());
        writeText(out, entries.toString());
        out.flush();
    }

    static TaggerModel read(InputStream source) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(source.readAllBytes());
        if (in.getInt() != FORMAT) {
            throw new IOException("unknown format of the compact part-of-speech model");
        }
        String[] outcomes = readText(in).split("\n");
        String[] labels = readText(in).split("\n", -1);
        short[] counts = new short[labels.length];
        in.asShortBuffer().get(counts);
        in.position(in.position() + 2 * counts.length);
        int total = in.getInt();
        byte[] ids = new byte[total];
        in.get(ids);
        double[] weights = new double[total];
        in.asDoubleBuffer().get(weights);
        in.position(in.position() + 8 * total);
        Context[] contexts = new Context[labels.length];
        int at = 0;
        for (int p = 0; p < labels.length; p++) {
            int n = counts[p];
            int[] outcomeIds = new int[n];
            for (int i = 0; i < n; i++) {
                outcomeIds[i] = ids[at + i] & 0xff;
            }
            contexts[p] = new Context(outcomeIds, java.util.Arrays.copyOfRange(weights, at, at + n));
            at += n;
        }
        POSDictionary dictionary = new POSDictionary(in.get() != 0);
        String entries = readText(in);
        for (int line = 0, next; line < entries.length(); line = next + 1) {
            next = entries.indexOf('\n', line);
            int tab = entries.indexOf('\t', line);
            dictionary.put(entries.substring(line, tab), entries.substring(tab + 1, next).split(" "));
        }
        return new TaggerModel(new GISModel(contexts, labels, outcomes), dictionary);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TaggerModel OUTPUT-FILE");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        TaggerModel original = original();
        if (((AbstractModel) original.maxent()).getNumOutcomes() > 255) {
            throw new IllegalStateException("more than 255 tags do not fit the compact form");
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            original.write(out);
        }
        System.out.println("framecheck: wrote the compact part-of-speech model to " + target + " (" + Files.size(target) + " bytes)");
    }
}
