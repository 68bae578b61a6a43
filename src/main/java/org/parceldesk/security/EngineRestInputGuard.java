package org.parceldesk.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.Messages;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine REST is a public API whose parser accepts anything JSON allows: a key twice (the last
 * wins), 1e10000000 (a Double "Infinity" that MariaDB refuses to store), a NUL in a variable,
 * a date in the year 9999. This filter reads every JSON body sent to engine REST once, after
 * authentication, and refuses such bodies with a 400 problem naming the JSON path — before the
 * engine opens a transaction. Multipart bodies (deployments) pass unchanged.
 */
@Component
class EngineRestInputGuard extends OncePerRequestFilter {

    /** Camunda's REST date format for variables of type Date. */
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

    private final InputLimits limits;
    private final ObjectMapper strict;

    EngineRestInputGuard(InputLimits limits) {
        this.limits = limits;
        this.strict = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(limits.properties().maxNumberLength()).build());
        strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.getFactory().disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")
                || !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                || request.getContentType() == null
                || !request.getContentType().toLowerCase(Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String charset = charsetOf(request.getContentType());
        if (charset != null && !supported(charset)) {
            refuse(response, Status.UNSUPPORTED_MEDIA_TYPE, Messages.forReader("problem.title.415"),
                    new FieldProblem("Content-Type", Messages.forReader("security.input.charset")));
            return;
        }
        long max = limits.properties().engineRest().maxBody().toBytes();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (body.length > max) {
            refuse(response, Status.REQUEST_ENTITY_TOO_LARGE, Messages.forReader("security.input.title.too-large"),
                    new FieldProblem("body", Messages.forReader("security.input.too-large", max)));
            return;
        }
        FieldProblem problem = check(body);
        if (problem != null) {
            refuse(response, Status.BAD_REQUEST, Messages.forReader("problem.title.400"), problem);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** The charset parameter as the client sent it (the container may drop names it does not know). */
    private static String charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    private static boolean supported(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The first thing wrong with the body, or null. An empty body is left to the engine. */
    FieldProblem check(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = strict.readTree(body);
        } catch (StreamConstraintsException e) {
            return new FieldProblem("body", Messages.forReader("security.input.parser-limits"));
        } catch (IOException e) {
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage() : e.getMessage();
            if (message != null && message.startsWith("Duplicate field '")) {
                String field = message.substring("Duplicate field '".length(), Math.max(message.lastIndexOf('\''),
                        "Duplicate field '".length()));
                return new FieldProblem(field, Messages.forReader("problem.field.duplicate"));
            }
            return new FieldProblem("body", Messages.forReader("security.input.not-json"));
        }
        if (root == null || root.isNull() || root.isMissingNode() || root.isValueNode()) {
            return new FieldProblem("body", Messages.forReader("security.input.not-object"));
        }
        return check(root, "");
    }

    private FieldProblem check(JsonNode node, String path) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if (value.scale() > limits.properties().maxNumberLength()) {
                // 1e-10000000 would silently become 0.0 as a Double
                return new FieldProblem(path, Messages.forReader("security.input.decimals"));
            }
            if (value.abs().compareTo(limits.properties().engineRest().maxNumber()) > 0) {
                return new FieldProblem(path, Messages.forReader("security.input.number-too-large",
                        limits.properties().engineRest().maxNumber().toPlainString()));
            }
            return null;
        }
        if (node.isTextual()) {
            if (node.textValue().length() > limits.properties().engineRest().maxTextLength()) {
                // the engine keeps strings in a varchar(4000) column: a longer one is a database error, not a 4xx
                return new FieldProblem(path, Messages.forReader("security.input.text-too-long",
                        limits.properties().engineRest().maxTextLength()));
            }
            String refusal = limits.textRefusal(node.textValue());
            return refusal == null ? null : new FieldProblem(path, refusal);
        }
        if (node.isObject()) {
            FieldProblem date = dateVariable(node, path);
            if (date != null) {
                return date;
            }
            JsonNode value = node.get("value");
            if (value != null && value.isContainerNode() && (node.has("type") || node.size() == 1 || node.has("valueInfo"))) {
                // an object as a variable's value becomes a serialized Java object in the engine: send JSON as type Json text
                return new FieldProblem(path.isEmpty() ? "value" : path + ".value",
                        Messages.forReader("security.input.structured-value"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String keyRefusal = limits.textRefusal(field.getKey());
                if (keyRefusal != null) {
                    return new FieldProblem(path.isEmpty() ? "body" : path, Messages.forReader("security.input.key", keyRefusal));
                }
                FieldProblem problem = check(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                FieldProblem problem = check(node.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** A variable {"type": "Date", "value": "…"} must be a plausible date, like every date a client sends. */
    private FieldProblem dateVariable(JsonNode node, String path) {
        JsonNode type = node.get("type");
        JsonNode value = node.get("value");
        if (type == null || !type.isTextual() || !"date".equalsIgnoreCase(type.textValue()) || value == null
                || !value.isTextual()) {
            return null;
        }
        try {
            String refusal = limits.dateRefusal(OffsetDateTime.parse(value.textValue(), CAMUNDA_DATE).toInstant());
            return refusal == null ? null : new FieldProblem(path + ".value", refusal);
        } catch (DateTimeParseException e) {
            return new FieldProblem(path + ".value", Messages.forReader("security.input.date-format"));
        }
    }

    private static void refuse(HttpServletResponse response, Status status, String title, FieldProblem problem)
            throws IOException {
        response.setStatus(status.getStatusCode());
        response.setContentType(EngineRestProblems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        new ObjectMapper().writeValue(response.getOutputStream(), EngineRestProblems.problem(status, title,
                Messages.forReader("security.input.refused", problem.field(), problem.message()), List.of(problem)));
    }

    /** The request with its body read once and served again from memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
