package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whoever is routed a task of a complaint can open the complaint through the API; nobody else beyond
 * the roles that read every complaint. Checked for every role, with the demo user of each group.
 */
@ParcelDeskTest
class ComplaintVisibilityTest {

    /** The roles that read every complaint (parceldesk.complaint.read-authorities). */
    private static final Set<StaffGroup> READ_EVERY_COMPLAINT =
            Set.of(StaffGroup.COMPLAINT_HANDLER, StaffGroup.COMPLAINT_SUPERVISOR, StaffGroup.ADMIN);

    @Autowired
    ComplaintTestSupport support;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    private int statusOf(String user, String caseNo) throws Exception {
        return mvc.perform(get("/api/v1/complaints/" + caseNo).with(httpBasic(user, "demo")))
                .andReturn().getResponse().getStatus();
    }

    private String askStation(String stationCode) {
        String caseNo = support.file(support.newComplaintAtStation(stationCode, null));
        support.contact(caseNo);
        support.complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, Map.of("investigationOutcome", "ASK_STATION",
                "stationQuestion", "请核实派送情况"));
        return caseNo;
    }

    @Test
    void theStationManagerAskedToInvestigateCanOpenTheComplaintAndNoOtherRoleBeyondTheReaders() throws Exception {
        String asked = askStation("S001");            // offered to the manager user of S001
        String notAsked = support.file(support.newComplaintAtStation("S001", null));

        for (StaffGroup role : StaffGroup.values()) {
            boolean reader = READ_EVERY_COMPLAINT.contains(role);
            boolean routed = reader || role == StaffGroup.STATION_MANAGER;
            org.assertj.core.api.Assertions.assertThat(statusOf(role.id(), asked))
                    .as(role.id() + " opening a complaint whose station task it " + (routed ? "was" : "was not") + " routed")
                    .isEqualTo(routed ? 200 : 403);
            org.assertj.core.api.Assertions.assertThat(statusOf(role.id(), notAsked))
                    .as(role.id() + " opening a complaint with no task for it").isEqualTo(reader ? 200 : 403);
        }
        mvc.perform(get("/api/v1/complaints/" + asked).with(httpBasic("station-manager", "demo")))
                .andExpect(jsonPath("$.caseNo").value(asked));
        // being routed one complaint does not open the list of all complaints
        mvc.perform(get("/api/v1/complaints").with(httpBasic("station-manager", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void aStationWithoutAManagerUserRoutesToTheSupervisingQueueAndNotToOtherStationsManagers() throws Exception {
        String asked = askStation("S002");            // S002 has no manager user: offered to the supervisor queue
        org.assertj.core.api.Assertions.assertThat(statusOf("complaint-supervisor", asked)).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(statusOf("station-manager", asked))
                .as("the manager of another station").isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(statusOf("courier", asked)).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(statusOf("inspector", asked)).isEqualTo(403);
    }
}
