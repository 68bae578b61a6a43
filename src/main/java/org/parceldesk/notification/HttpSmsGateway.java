package org.parceldesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider's HTTP gateway: {@code POST url} with a JSON body {@code {reference, mobile, text,
 * segments}}, {@code Authorization: Bearer <api key>} and the reference as {@code Idempotency-Key}.
 * 2xx is sent; 5xx, 429, a timeout or no connection are outages (retried); any other answer is a
 * refusal (FAILED).
 */
final class HttpSmsGateway implements SmsGateway {

    private static final int MAX_BODY_IN_ERROR = 200;

    private final HttpClient http;
    private final URI url;
    private final String apiKey;
    private final Duration readTimeout;
    private final ObjectMapper json;

    HttpSmsGateway(URI url, String apiKey, Duration connectTimeout, Duration readTimeout, ObjectMapper json) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.url = url;
        this.apiKey = apiKey;
        this.readTimeout = readTimeout;
        this.json = json;
    }

    @Override
    public void send(SmsRequest request) throws SmsGatewayException {
        HttpRequest.Builder post = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", request.reference())
                .POST(HttpRequest.BodyPublishers.ofString(body(request), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            post.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(post.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsGatewayException("SMS gateway unreachable: " + OutboxSender.describe(e), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsGatewayException("Interrupted while sending", true, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String answer = "SMS gateway answered " + status + ": " + shorten(response.body());
        throw new SmsGatewayException(answer, status >= 500 || status == 429 || status == 408, null);
    }

    private String body(SmsRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", request.reference());
        body.put("mobile", request.mobile());
        body.put("text", request.text());
        body.put("segments", request.segments());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_BODY_IN_ERROR ? flat : flat.substring(0, MAX_BODY_IN_ERROR) + "…";
    }
}
