package org.framecheck.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an article's bytes strictly: text that is not valid in the chosen encoding, or that looks
 * binary, is refused with the byte offset of the first problem rather than silently repaired.
 */
public final class TextDecoder {

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
