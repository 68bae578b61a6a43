package org.parceldesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.tasklist.TaskSupervisors;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For every role (its demo user), the workbench shows exactly what the ParcelDesk API and the engine
 * allow: a case page opens where {@code GET /api/v1/<cases>/{caseNo}} answers 200 (showing the phone
 * as the API does, full or masked) and is refused where it answers 403; a search by waybill or phone lists the same cases, with the phone in full
 * exactly where the API shows it in full; and the task list holds the tasks the engine lets the user
 * read, plus — for supervisors — every task of the processes they may reassign.
 */
@ParcelDeskTest
class WorkbenchVisibilityTest {

    private static final Pattern TASK_ROW = Pattern.compile("data-task=\"([^\"]+)\" data-case=\"([^\"]+)\"");
    private static final String API_PATH_COMPLAINT = "/api/v1/complaints/";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ClaimService claims;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskSupervisors supervisors;
    @Autowired
    Clock clock;

    /** Case number → its waybill, and the customer's phone where there is one. */
    private final Map<String, String> waybills = new LinkedHashMap<>();
    private final Map<String, String> phones = new LinkedHashMap<>();

    @BeforeEach
    void oneCaseOfEachKind() throws Exception {
        WorkbenchFixture fixture = new WorkbenchFixture(intake, claims, shipments, taskService);
        Instant now = clock.instant();
        String complaintPhone = WorkbenchFixture.phone();
        String complaint = fixture.complaint("S001", now, complaintPhone);
        phones.put(complaint, complaintPhone);
        String claimPhone = WorkbenchFixture.phone();
        String claim = fixture.claim(now, claimPhone);
        phones.put(claim, claimPhone);
        for (String caseNo : List.of(complaint, claim)) {
            waybills.put(caseNo, jdbcWaybill(caseNo));
        }
        // courier C0001 is of S001 (managed by the demo station manager), C0005 of S002
        for (String courier : List.of("C0001", "C0005")) {
            String waybill = fixture.shipment("S001", now);
            String body = mvc.perform(post("/api/v1/violations").with(httpBasic("inspector", "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"source\":\"INSPECTION\",\"courierNo\":\"" + courier
                            + "\",\"type\":\"RUDE\",\"waybillNo\":\"" + waybill + "\",\"description\":\"上门时与客户争执\"}"))
                    .andReturn().getResponse().getContentAsString();
            waybills.put(json.readTree(body).get("caseNo").asText(), waybill);
        }
    }

    @Test
    void theClaimCasePageShowsTheClaimsOwnTimeline() throws Exception {
        String claim = phones.keySet().stream().filter(caseNo -> caseNo.startsWith("LP")).findFirst().orElseThrow();
        String userId = StaffGroup.CLAIMS_HANDLER.id();
        // evidence and assessment: the payout calculation is recorded on the claim's timeline only (no dated step of its own)
        identity.setAuthentication(userId, groupsOf(userId));
        try {
            taskService.complete(claimTask(claim, "Task_CollectEvidence"), Map.of("evidenceComplete", true));
            taskService.complete(claimTask(claim, "Task_AssessClaim"), Map.of("lossType", "LOSS",
                    "responsibleParty", "SORTING_CENTER", "actualLoss", 300.0, "wrongRecipientDetails", false));
        } finally {
            identity.clearAuthentication();
        }
        JsonNode timeline = apiRead(userId, claim).get("timeline");
        assertThat(timeline.findValuesAsText("type")).as("the claim's recorded timeline").contains("PAYOUT_CALCULATED");

        String casePage = page(userId, groupsOf(userId), "/workbench/cases/" + claim);
        for (JsonNode event : timeline) {
            assertThat(casePage).as(event.toString())
                    .contains(org.springframework.web.util.HtmlUtils.htmlEscape(event.get("detail").asText()));
        }
        assertThat(casePage).contains("已计算赔付");
    }

    private String claimTask(String caseNo, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult().getId();
    }

    @Test
    void everyRoleSeesInTheWorkbenchWhatTheApiAndTheEngineLetItSee() throws Exception {
        for (StaffGroup role : List.of(StaffGroup.COMPLAINT_HANDLER, StaffGroup.COMPLAINT_SUPERVISOR,
                StaffGroup.CLAIMS_HANDLER, StaffGroup.CLAIMS_SUPERVISOR, StaffGroup.CLAIMS_MANAGER, StaffGroup.INSPECTOR,
                StaffGroup.STATION_MANAGER, StaffGroup.COURIER, StaffGroup.PROCESS_DESIGNER, StaffGroup.ADMIN)) {
            String userId = role.id();
            List<String> groups = groupsOf(userId);
            for (String caseNo : waybills.keySet()) {
                JsonNode api = apiRead(userId, caseNo);
                boolean allowed = api != null;
                String as = userId + " on " + caseNo;
                assertThat(workbenchStatus(userId, groups, "/workbench/cases/" + caseNo)).as(as + ": case page")
                        .isEqualTo(allowed ? 200 : 403);
                if (allowed && phones.containsKey(caseNo)) {
                    // the case page shows the phone as the API does: in full only where the API shows it in full
                    String casePage = page(userId, groups, "/workbench/cases/" + caseNo);
                    String apiPhone = api.at("/customer/phone").asText();
                    assertThat(casePage).as(as + ": case page phone").contains(apiPhone);
                    if (!apiPhone.equals(phones.get(caseNo))) {
                        assertThat(casePage).as(as + ": case page hides the full phone").doesNotContain(phones.get(caseNo));
                    }
                }
                assertThat(page(userId, groups, "/workbench/search?q=" + waybills.get(caseNo)))
                        .as(as + ": search by waybill").matches(html -> html.contains("data-case=\"" + caseNo + "\"") == allowed);
                assertThat(page(userId, groups, "/workbench/search?q=" + caseNo))
                        .as(as + ": search by case number").matches(html -> html.contains("data-case=\"" + caseNo + "\"") == allowed);
                String phone = phones.get(caseNo);
                if (phone != null) {
                    String html = page(userId, groups, "/workbench/search?q=" + phone);
                    assertThat(html.contains("data-case=\"" + caseNo + "\"")).as(as + ": search by phone").isEqualTo(allowed);
                    if (allowed) {
                        // the API's phone, full or masked, is the one the hit shows
                        assertThat(shownPhone(html, caseNo)).as(as + ": phone as the API shows it")
                                .isEqualTo(api.at("/customer/phone").asText())
                                .isIn(phone, phone.substring(0, 3) + "****" + phone.substring(7));
                    }
                }
            }
            assertThat(workbenchTasks(userId, groups)).as(userId + ": task list").isEqualTo(engineTasks(userId, groups));
        }
    }

    /** The API's answer for one case as this user, or null when it refuses. */
    private JsonNode apiRead(String userId, String caseNo) throws Exception {
        String path = caseNo.startsWith("TS") ? API_PATH_COMPLAINT : caseNo.startsWith("LP") ? "/api/v1/claims/"
                : "/api/v1/violations/";
        var response = mvc.perform(get(path + caseNo).with(httpBasic(userId, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(userId + " API " + caseNo).isIn(200, 403);
        return response.getStatus() == 200 ? json.readTree(response.getContentAsString()) : null;
    }

    /** The fixture's open tasks the engine lets this user read, plus those of the processes the user supervises. */
    private Set<String> engineTasks(String userId, List<String> groups) {
        Set<String> expected = new TreeSet<>();
        identity.setAuthentication(userId, groups);
        try {
            taskService.createTaskQuery().processInstanceBusinessKeyIn(waybills.keySet().toArray(String[]::new)).list()
                    .forEach(task -> expected.add(task.getId()));
        } finally {
            identity.clearAuthentication();
        }
        Set<String> supervised = supervisors.isAdmin(groups) ? Set.of("complaint", "claim-compensation", "courier-violation")
                : supervisors.processesSupervisedBy(groups);
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKeyIn(waybills.keySet().toArray(String[]::new))
                .list()) {
            String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            if (supervised.contains(key)) {
                expected.add(task.getId());
            }
        }
        return expected;
    }

    /** The fixture's tasks on every page of the workbench's team view. */
    private Set<String> workbenchTasks(String userId, List<String> groups) throws Exception {
        Set<String> shown = new TreeSet<>();
        for (int page = 0; page < 200; page++) {
            String html = page(userId, groups, "/workbench?scope=team&page=" + page);
            Matcher rows = TASK_ROW.matcher(html);
            while (rows.find()) {
                if (waybills.containsKey(rows.group(2))) {
                    shown.add(rows.group(1));
                }
            }
            if (!html.contains("id=\"page-next\"")) {
                break;
            }
        }
        return shown;
    }

    private static String shownPhone(String html, String caseNo) {
        Matcher cell = Pattern.compile("data-case=\"" + caseNo + "\">.*?<td class=\"phone\">([^<]*)</td>", Pattern.DOTALL)
                .matcher(html);
        assertThat(cell.find()).as("phone cell of " + caseNo).isTrue();
        return cell.group(1);
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** Signed in to the staff pages as the login would: the user with their Camunda groups as authorities. */
    private static RequestPostProcessor staff(String userId, List<String> groups) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        groups.forEach(group -> authorities.add(new SimpleGrantedAuthority(group)));
        return user(userId).authorities(authorities);
    }

    private int workbenchStatus(String userId, List<String> groups, String path) throws Exception {
        return mvc.perform(get(path).with(staff(userId, groups))).andReturn().getResponse().getStatus();
    }

    private String page(String userId, List<String> groups, String path) throws Exception {
        var response = mvc.perform(get(path).with(staff(userId, groups))).andReturn().getResponse();
        assertThat(response.getStatus()).as(userId + " " + path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String jdbcWaybill(String caseNo) throws Exception {
        String path = caseNo.startsWith("TS") ? API_PATH_COMPLAINT : "/api/v1/claims/";
        String body = mvc.perform(get(path + caseNo).with(httpBasic("admin", "demo"))).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body).get("waybillNo").asText();
    }
}
