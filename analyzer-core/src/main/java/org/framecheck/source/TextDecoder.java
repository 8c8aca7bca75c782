package org.framecheck.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decodes an article's bytes strictly: text that is not valid in the chosen encoding, or that looks
 * binary, is refused with the byte offset of the first problem rather than silently repaired.
 */
public final class TextDecoder {

    /**
     * Files larger than this are skipped unread. A 64 MiB file decodes to at most 128 MiB of text and
     * as much prose; everything after decoding works in bounded parts (see
     * {@code org.framecheck.document.DocumentParts}), so this limit is what bounds a run's memory.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Charset charset;

    public TextDecoder(Charset charset) {
        this.charset = charset;
    }

    public static TextDecoder utf8() {
        return new TextDecoder(StandardCharsets.UTF_8);
    }

    public Charset charset() {
        return charset;
    }

    /**
     * Reads and decodes {@code file}. A file over {@link #MAX_FILE_BYTES} is refused before it is read.
     *
     * @throws UndecodableContentException when the file is too large, binary or not valid in the encoding
     * @throws IOException                 when it cannot be read; {@link #describe} turns it into a reason
     */
    public String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new UndecodableContentException(String.format(Locale.ROOT,
                    "too large: %,d bytes (files over %d MiB are not analysed)", size, MAX_FILE_BYTES >> 20), -1);
        }
        return decode(Files.readAllBytes(file));
    }

    /**
     * Why a file could not be read, in one line and without its absolute path: reports are shared,
     * and an exception's message usually is the path.
     */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file disappeared during the run";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic-link loop";
        }
        String what = e.getClass().getSimpleName();
        // A file-system exception's message is "path: reason"; its reason alone is safe to show.
        if (e instanceof java.nio.file.FileSystemException fse) {
            return fse.getReason() == null ? what : what + ": " + oneLine(fse.getReason());
        }
        String message = e.getMessage();
        if (message == null || message.contains("/") || message.contains("\\")) {
            return what;
        }
        return what + ": " + oneLine(message);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The decoded text without a leading byte-order mark; offsets in findings count from here. */
    public String decode(byte[] bytes) throws UndecodableContentException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0 && !isUtf16(charset)) {
            throw new UndecodableContentException("binary content (NUL byte at byte offset " + nul + ")", nul);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UndecodableContentException(
                    "not valid " + charset.name() + " at byte offset " + in.position(), in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new UndecodableContentException("not valid " + charset.name() + " at end of file", bytes.length);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isUtf16(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Thrown when a file is not text in the chosen encoding. */
    public static final class UndecodableContentException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final long byteOffset;

        public UndecodableContentException(String reason, long byteOffset) {
            this.reason = reason;
            this.byteOffset = byteOffset;
        }

        public long byteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }
}
