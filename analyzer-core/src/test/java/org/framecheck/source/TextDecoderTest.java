package org.framecheck.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {

    @Test
    void aFileOverTheLimitIsRefusedUnread(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.txt");
        // Sparse: the size is there without writing 64 MiB; the decoder must refuse it from the size alone.
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(TextDecoder.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> TextDecoder.utf8().read(big)).isInstanceOf(TextDecoder.UndecodableContentException.class)
                .hasMessage("too large: 67,108,865 bytes (files over 64 MiB are not analysed)");
    }

    @Test
    void readStripsTheByteOrderMark(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("a.txt");
        Files.write(file, "\uFEFFcafé\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.utf8().read(file)).isEqualTo("café\r\n");
    }

    @Test
    void readProblemsAreDescribedWithoutThePath() {
        assertThat(TextDecoder.describe(new AccessDeniedException("/home/desk/story.md"))).isEqualTo("permission denied");
        assertThat(TextDecoder.describe(new NoSuchFileException("/home/desk/story.md"))).isEqualTo("file disappeared during the run");
        assertThat(TextDecoder.describe(new FileSystemException("/home/desk/story.md", null, "Input/output error"))).isEqualTo("FileSystemException: Input/output error");
        assertThat(TextDecoder.describe(new IOException("Stale file handle"))).isEqualTo("IOException: Stale file handle");
    }
}
