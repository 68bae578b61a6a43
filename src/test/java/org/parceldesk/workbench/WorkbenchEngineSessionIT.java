package org.parceldesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page's in-place form at the HTTP level, as the page's script does it: the staff session
 * (form login at /login) opens the case page, reads the form through Tasklist's engine API, takes the
 * session's Camunda CSRF token from {@code /workbench/engine-token} and submits with
 * {@code POST /camunda/api/engine/engine/default/task/{id}/submit-form}, Tasklist's own call — so
 * Camunda's CSRF filter and ParcelDesk's TaskInputGuard apply as they do to Tasklist.
 */
@MariaDbTest
class WorkbenchEngineSessionIT {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String CONTACTED = "{\"variables\":{\"contactResult\":{\"value\":\"REACHED\"},"
            + "\"contactNote\":{\"value\":\"已电话联系客户，正在核查。\"}}}";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ClaimService claims;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;

    private String caseNo;
    private String taskId;

    @BeforeEach
    void aClaimedContactTask() {
        WorkbenchFixture fixture = new WorkbenchFixture(intake, claims, shipments, taskService);
        caseNo = fixture.complaint("S001", Instant.now(), WorkbenchFixture.phone());
        taskId = fixture.openTask(caseNo).getId();
        taskService.claim(taskId, "complaint-handler");
    }

    @Test
    void theCasePageSubmitsTheFormThroughTasklistsEngineApiWithTheSessionsToken() {
        StaffSession handler = StaffSession.signIn(port, "complaint-handler");
        assertThat(handler.get("/workbench/cases/" + caseNo).statusCode()).isEqualTo(200);
        // nothing under /camunda yet in this session: Camunda has issued no token
        assertThat(handler.engineToken()).isNull();

        HttpResponse<String> form = handler.get(ENGINE + "/task/" + taskId + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        // the filter named the token once, in that response; the session keeps giving it to the page
        String announced = form.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        assertThat(handler.engineToken()).isEqualTo(announced);
        assertThat(handler.get(ENGINE + "/task/" + taskId + "/form-variables").headers().firstValue("X-XSRF-TOKEN"))
                .as("announced only once").isEmpty();
        assertThat(handler.engineToken()).isEqualTo(announced);

        // the engine's guards apply as in Tasklist: a field the task does not declare is refused
        HttpResponse<String> undeclared = handler.post(ENGINE + "/task/" + taskId + "/submit-form",
                "{\"variables\":{\"contactResult\":{\"value\":\"REACHED\"},\"contactNote\":{\"value\":\"ok ok\"},"
                        + "\"resolutionApproved\":{\"value\":true}}}", handler.engineToken());
        assertThat(undeclared.statusCode()).isEqualTo(400);
        assertThat(undeclared.body()).contains("resolutionApproved");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        HttpResponse<String> submitted = handler.post(ENGINE + "/task/" + taskId + "/submit-form", CONTACTED,
                handler.engineToken());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(done.getAssignee()).isEqualTo("complaint-handler");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_Investigate");
        // the staff session is still signed in
        assertThat(handler.get("/workbench/cases/" + caseNo).statusCode()).isEqualTo(200);
    }

    @Test
    void aSubmitWithoutTheTokenOrWithAnotherIsRefusedAndEndsTheSession() {
        StaffSession noToken = StaffSession.signIn(port, "complaint-handler");
        noToken.get("/workbench/cases/" + caseNo);
        noToken.get(ENGINE + "/task/" + taskId + "/deployed-form");
        assertThat(noToken.post(ENGINE + "/task/" + taskId + "/submit-form", CONTACTED, null).statusCode())
                .isEqualTo(403);
        // Camunda ends the session it refused: the staff pages ask for a login again
        assertThat(noToken.get("/workbench/engine-token").statusCode()).isEqualTo(302);

        StaffSession forged = StaffSession.signIn(port, "complaint-handler");
        forged.get("/workbench/cases/" + caseNo);
        forged.get(ENGINE + "/task/" + taskId + "/deployed-form");
        String token = forged.engineToken();
        assertThat(forged.post(ENGINE + "/task/" + taskId + "/submit-form", CONTACTED,
                "0".repeat(token.length())).statusCode()).isEqualTo(403);

        // another session's token is worth nothing either
        StaffSession mine = StaffSession.signIn(port, "complaint-handler");
        StaffSession other = StaffSession.signIn(port, "complaint-handler");
        mine.get("/workbench/cases/" + caseNo);
        other.get("/workbench/cases/" + caseNo);
        mine.get(ENGINE + "/task/" + taskId + "/deployed-form");
        other.get(ENGINE + "/task/" + taskId + "/deployed-form");
        assertThat(mine.post(ENGINE + "/task/" + taskId + "/submit-form", CONTACTED, other.engineToken()).statusCode())
                .isEqualTo(403);

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .as("nothing submitted").isEqualTo("complaint-handler");
    }

    @Test
    void theTokenIsOnlyForASignedInStaffSession() {
        StaffSession anonymous = new StaffSession(port);
        HttpResponse<String> answer = anonymous.get("/workbench/engine-token");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** A browser's cookies and the staff form login. */
    static final class StaffSession {

        private final String base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http;

        StaffSession(int port) {
            this.base = "http://localhost:" + port;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        static StaffSession signIn(int port, String user) {
            StaffSession session = new StaffSession(port);
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(session.get("/login").body());
            assertThat(csrf.find()).as("login form's CSRF field").isTrue();
            HttpResponse<String> login = session.send("POST", "/login", "username=" + URLEncoder.encode(user,
                    StandardCharsets.UTF_8) + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1),
                    StandardCharsets.UTF_8), "application/x-www-form-urlencoded", null);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return session;
        }

        HttpResponse<String> get(String path) {
            return send("GET", path, null, null, null);
        }

        HttpResponse<String> post(String path, String json, String xsrf) {
            return send("POST", path, json, "application/json", xsrf);
        }

        /** What the case page's script reads: the session's Camunda CSRF token, or null. */
        String engineToken() {
            HttpResponse<String> answer = get("/workbench/engine-token");
            assertThat(answer.statusCode()).isEqualTo(200);
            Matcher token = Pattern.compile("\"token\":\"([0-9A-F]+)\"").matcher(answer.body());
            return token.find() ? token.group(1) : null;
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> name.equals(c.getName()))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private HttpResponse<String> send(String method, String path, String body, String contentType, String xsrf) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
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
    }
}
