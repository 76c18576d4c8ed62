package io.github.zhnews.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.resources.ResourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {
    @TempDir Path dir;

    @Test
    void readsWordsAndPartsOfSpeech() throws IOException {
        Path f = dir.resolve("dict.txt");
        Files.writeString(f, "# 注释\n星河智联 nt\n\n高原红 \n");
        UserDictionary d = UserDictionary.read(f);
        assertEquals(
                List.of(
                        new UserDictionary.Entry("星河智联", "nt"),
                        new UserDictionary.Entry("高原红", "nz")),
                d.entries());
    }

    @Test
    void missingFileIsAConfigurationError() {
        ResourceException e =
                assertThrows(
                        ResourceException.class,
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
        assertThrows(
                ResourceException.class, () -> UserDictionary.ofWords(Arrays.asList("好", " ")));
        assertThrows(
                ResourceException.class, () -> UserDictionary.ofWords(Arrays.asList("好", null)));
    }

    private ResourceException fault(byte[] content) throws IOException {
        Path f = dir.resolve("dict.txt");
        Files.write(f, content);
        return assertThrows(ResourceException.class, () -> UserDictionary.read(f));
    }

    private ResourceException fault(String content) throws IOException {
        return fault(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void names(ResourceException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), e.getMessage());
        }
    }

    @Test
    void aByteOrderMarkIsAFaultOnLineOne() throws IOException {
        names(fault("\uFEFF星河智联 nt\n高原红\n"), "dict.txt", "line 1", "byte-order mark");
    }

    @Test
    void unknownAndWronglyCasedTagsAreFaultsAndHanlpsTagTableIsLeftAlone() throws IOException {
        int before = com.hankcs.hanlp.corpus.tag.Nature.values().length;
        names(fault("好词 n\n星河智联 NT\n"), "line 2", "'NT'", "did you mean 'nt'");
        names(fault("好词 n\n\n坏词 zzqq\n"), "line 3", "'zzqq'", "pos-tags.txt");
        names(
                fault("高原红 nzz\n"),
                "line 1",
                "'nzz'",
                "did you mean 'nz'?"); // one edit from one tag only
        assertFalse(
                fault("词 nzx\n").getMessage().contains("did you mean"),
                "nx and nz are both one edit away");
        Path f = dir.resolve("ok.txt");
        Files.writeString(f, "词语 Rg\n");
        assertEquals(
                "Rg", UserDictionary.read(f).entries().get(0).pos(), "HanLP's own capitalised tag");
        assertThrows(
                io.github.zhnews.ConfigurationException.class,
                () ->
                        io.github.zhnews.NewsAnalyzer.builder()
                                .userDictionary(dir.resolve("dict.txt"))
                                .build());
        assertEquals(before, com.hankcs.hanlp.corpus.tag.Nature.values().length);
    }

    @Test
    void anyUnicodeSpaceSeparatesWordAndTag() throws IOException {
        Path f = dir.resolve("spaces.txt");
        Files.writeString(f, "星河智联\u3000nt\n高原红\u00A0nz\n蓝天\tn\u3000\n");
        assertEquals(
                List.of(
                        new UserDictionary.Entry("星河智联", "nt"),
                        new UserDictionary.Entry("高原红", "nz"),
                        new UserDictionary.Entry("蓝天", "n")),
                UserDictionary.read(f).entries());
    }

    @Test
    void anOverLongEntryIsAFaultNotAStackOverflow() throws IOException {
        names(fault("好词\n" + "长".repeat(200_000) + " nz\n"), "line 2", "200000 characters");
        assertThrows(
                io.github.zhnews.ConfigurationException.class,
                () ->
                        io.github.zhnews.NewsAnalyzer.builder()
                                .userWords(List.of("长".repeat(200_000)))
                                .build());
        assertThrows(
                io.github.zhnews.ConfigurationException.class,
                () ->
                        io.github.zhnews.NewsAnalyzer.builder()
                                .organizations(List.of("长".repeat(200_000)))
                                .build());
    }

    @Test
    void badEncodingNamesItsLine() throws IOException {
        byte[] gbk = {(byte) 0xD6, (byte) 0xD0};
        byte[] content = new byte[] {'a', 'b', '\n', 'c', 'd', '\n', gbk[0], gbk[1], '\n'};
        names(fault(content), "line 3", "not valid UTF-8");
    }

    @Test
    void invisibleCharactersInAWordAreFaults() throws IOException {
        names(fault("好\u200B词 n\n"), "line 1", "U+200B");
    }
}
