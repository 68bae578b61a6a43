package org.parceldesk.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user signed in to Camunda's webapps as a browser is: the Tasklist login form, a session cookie,
 * and the CSRF token (cookie {@code XSRF-TOKEN} echoed in the {@code X-XSRF-TOKEN} header) on every
 * modifying request. Calls go to Tasklist's own engine API, {@code /camunda/api/engine/engine/default}.
 */
public class TasklistSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String acceptLanguage = "zh-CN,zh;q=0.9";

    private TasklistSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static TasklistSession signIn(int port, String user, String password) {
        TasklistSession session = new TasklistSession(port);
        session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
                "application/x-www-form-urlencoded");
        if (login.statusCode() != 200) {
            throw new AssertionError("login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        // the login starts a new session: fetch its CSRF token as the browser does with its next GET
        session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
        return session;
    }

    public TasklistSession acceptLanguage(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    public HttpResponse<String> get(String engineApiPath) {
        return send("GET", ENGINE_API + engineApiPath, null, null);
    }

    public HttpResponse<String> post(String engineApiPath, String json) {
        return send("POST", ENGINE_API + engineApiPath, json, "application/json");
    }

    public HttpResponse<String> put(String engineApiPath, String json) {
        return send("PUT", ENGINE_API + engineApiPath, json, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
    }
}
