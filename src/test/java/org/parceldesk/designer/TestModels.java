package org.parceldesk.designer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test models under src/test/resources/designer/. */
final class TestModels {

    private TestModels() {
    }

    static String read(String name) {
        try (InputStream in = TestModels.class.getResourceAsStream("/designer/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test model designer/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with {@code from} replaced once; fails if {@code from} is missing, so a mutation cannot silently do nothing. */
    static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("test model has no '" + from + "'");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
