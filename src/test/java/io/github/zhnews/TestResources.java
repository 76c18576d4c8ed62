package io.github.zhnews;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test resources (src/test/resources) as text, for the tests of every package. */
public final class TestResources {
    private TestResources() {}

    /**
     * A test resource as UTF-8 text.
     *
     * @throws IllegalStateException naming the path when there is no such resource
     */
    public static String text(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
