package io.github.zhnews.segment;

import io.github.zhnews.resources.ResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void readsWordsAndPartsOfSpeech() throws IOException {
        Path f = dir.resolve("dict.txt");
        Files.writeString(f, "# 注释\n星河智联 nt\n\n高原红 \n");
        UserDictionary d = UserDictionary.read(f);
        assertEquals(List.of(new UserDictionary.Entry("星河智联", "nt"), new UserDictionary.Entry("高原红", "nz")),
                d.entries());
    }

    @Test
    void missingFileIsAConfigurationError() {
        ResourceException e = assertThrows(ResourceException.class,
                () -> UserDictionary.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt"));
    }

    @Test
    void malformedLineNamesTheLine() throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "好词 n\n坏 词 太多\n");
        ResourceException e = assertThrows(ResourceException.class, () -> UserDictionary.read(f));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void nonUtf8FileIsAConfigurationError() throws IOException {
        Path f = dir.resolve("gbk.txt");
        Files.write(f, new byte[] {(byte) 0xD6, (byte) 0xD0, (byte) 0xFF, (byte) 0xFE});
        assertThrows(ResourceException.class, () -> UserDictionary.read(f));
    }

    @Test
    void blankWordsAreRejected() {
        assertThrows(ResourceException.class, () -> UserDictionary.ofWords(Arrays.asList("好", " ")));
        assertThrows(ResourceException.class, () -> UserDictionary.ofWords(Arrays.asList("好", null)));
    }
}
