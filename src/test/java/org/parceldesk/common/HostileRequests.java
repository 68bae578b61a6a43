package org.parceldesk.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates hostile requests from a valid template: for each field, values of the wrong kind for
 * that field (a money field gets negative, over-limit, huge-exponent, NaN … amounts; a text field
 * gets NUL, control and bidi characters …), then the structural attacks on the whole body
 * (truncated, duplicate keys, trailing garbage, wrong content type, deep nesting …). Every
 * generated request must be refused.
 */
final class HostileRequests {

    enum Kind { TEXT, MONEY, DECIMAL, DATE, ENUM, ID }

    /** One request: raw bytes, so that it can be anything a socket can carry. */
    record Hostile(String name, String method, String path, String user, String contentType, byte[] body) {

        Hostile withUser(String other) {
            return new Hostile(name, method, path, other, contentType, body);
        }
    }

    /** Raw JSON values (already encoded) per kind of field. */
    static final Map<Kind, List<String>> VALUES = Map.of(
            Kind.TEXT, List.of("\"a\\u0000b\"", "\"\\u202Egpj.exe\"", "\"bell\\u0007\"", "\"c1\\u0085\"",
                    "\"\\ud800\"", "{}", "[]", "\"\\u2066isolate\\u2069\"", "\"" + "长".repeat(5000) + "\""),
            Kind.MONEY, List.of("-1", "-0.01", "1e10000000", "1e400", "1000000.01", "12.345",
                    "123456789012345678901234567890", "\"NaN\"", "NaN", "Infinity", "-Infinity", "1e-10000000",
                    "\"12,50\"", "{}", "[1]", "9" .repeat(70)),
            Kind.DECIMAL, List.of("1e1000000", "-5", "NaN", "1e-1000", "\"fast\"", "{}", "1e16", "Infinity"),
            Kind.DATE, List.of("\"9999-12-31T00:00:00Z\"", "\"1900-01-01T00:00:00Z\"", "\"+1000000000-01-01T00:00:00Z\"",
                    "\"-0001-01-01T00:00:00Z\"", "\"2026-13-45T00:00:00Z\"", "1e20", "1e1000000", "\"now\"", "{}",
                    "\"2026-11-20T10:00:00\\u0000Z\""),
            Kind.ENUM, List.of("\"NOPE\"", "\"\\u0000\"", "{}", "[]", "\"DELAY\\u202E\""),
            Kind.ID, List.of("\"\\u0000\"", "\"../../etc/passwd\"", "{}", "\"" + "X".repeat(300) + "\"", "\"\\u202E1\""));

    private HostileRequests() {
    }

    /**
     * Field mutations plus structural attacks for one JSON endpoint. {@code template} maps each field
     * to its valid raw JSON value and {@code kinds} says what kind of field it is.
     */
    static List<Hostile> json(String endpoint, String method, String path, String user,
            Map<String, String> template, Map<String, Kind> kinds) {
        List<Hostile> cases = new ArrayList<>();
        kinds.forEach((field, kind) -> {
            List<String> values = VALUES.get(kind);
            for (int i = 0; i < values.size(); i++) {
                Map<String, String> body = new LinkedHashMap<>(template);
                body.put(field, values.get(i));
                cases.add(new Hostile(endpoint + " " + field + "#" + i, method, path, user, "application/json",
                        bytes(object(body))));
            }
            // the same field twice: the last value would win in a lenient parser
            String value = template.getOrDefault(field, "null");
            String twice = template.containsKey(field) ? ",\"" + field + "\":" + value
                    : ",\"" + field + "\":" + value + ",\"" + field + "\":" + value;
            cases.add(new Hostile(endpoint + " " + field + " twice", method, path, user, "application/json",
                    bytes(object(template).replaceFirst("\\}$", twice + "}"))));
        });
        cases.addAll(structural(endpoint, method, path, user, object(template)));
        return cases;
    }

    /** Attacks on the body as a whole, whatever the endpoint expects. */
    static List<Hostile> structural(String endpoint, String method, String path, String user, String valid) {
        List<Hostile> cases = new ArrayList<>();
        String json = "application/json";
        for (int cut : new int[] {1, 3, 10, 50, 90, 99}) {
            cases.add(new Hostile(endpoint + " truncated " + cut + "%", method, path, user, json,
                    bytes(valid.substring(0, Math.max(1, valid.length() * cut / 100)))));
        }
        cases.add(new Hostile(endpoint + " trailing garbage", method, path, user, json, bytes(valid + " {\"x\":1}")));
        cases.add(new Hostile(endpoint + " empty", method, path, user, json, new byte[0]));
        cases.add(new Hostile(endpoint + " null", method, path, user, json, bytes("null")));
        cases.add(new Hostile(endpoint + " array", method, path, user, json, bytes("[" + valid + "]")));
        cases.add(new Hostile(endpoint + " string", method, path, user, json, bytes("\"hello\"")));
        cases.add(new Hostile(endpoint + " number", method, path, user, json, bytes("1e10000000")));
        cases.add(new Hostile(endpoint + " deep", method, path, user, json, bytes("{\"a\":".repeat(3000) + "1" + "}".repeat(3000))));
        cases.add(new Hostile(endpoint + " invalid UTF-8", method, path, user, json,
                concat(bytes(valid.substring(0, valid.length() - 1) + ",\"z\":\""), new byte[] {(byte) 0xC3, 0x28, '"', '}'})));
        cases.add(new Hostile(endpoint + " single quotes", method, path, user, json, bytes(valid.replace('"', '\''))));
        cases.add(new Hostile(endpoint + " comments", method, path, user, json, bytes("/* hi */" + valid)));
        cases.add(new Hostile(endpoint + " text/plain", method, path, user, "text/plain", bytes(valid)));
        cases.add(new Hostile(endpoint + " xml", method, path, user, "application/xml", bytes("<a>1</a>")));
        cases.add(new Hostile(endpoint + " unknown charset", method, path, user, "application/json; charset=x-unknown", bytes(valid)));
        cases.add(new Hostile(endpoint + " huge string", method, path, user, json,
                bytes("{\"x\":\"" + "a".repeat(2_100_000) + "\"}")));
        cases.add(new Hostile(endpoint + " number with 1000 digits", method, path, user, json,
                bytes("{\"x\":" + "7".repeat(1000) + "}")));
        return cases;
    }

    static String object(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(name).append("\":").append(value);
        });
        return out.append('}').toString();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A multipart/form-data body; each file is {name, fileName, bytes}. */
    static final class Multipart {
        static final String BOUNDARY = "----parceldesk-hostile-boundary";
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String contentType, byte[] content) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] build() {
            write("--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        static String contentType() {
            return "multipart/form-data; boundary=" + BOUNDARY;
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
