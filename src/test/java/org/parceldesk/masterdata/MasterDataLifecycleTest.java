package org.parceldesk.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Couriers suspended for a period and reinstated, stations and couriers deactivated, all on the audit list. */
@ParcelDeskTest
class MasterDataLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    MasterDataLifecycle lifecycle;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json).with(httpBasic("admin", "demo")));
    }

    @Test
    void aCourierSuspendedForAPeriodIsReinstatedOnceTheDayAfterItsLastDay() throws Exception {
        stations.save(new Station("LC01", "生命周期网点", "南京", "station-manager", "complaint-handler", false));
        couriers.save(new Courier("LCC1", "周期", "LC01", "13900008888", CourierStatus.ACTIVE, null));
        EngineClock.setNow(Instant.parse("2026-06-01T02:00:00Z")); // 10:00 in Shanghai

        post("/api/v1/admin/couriers/LCC1/suspension", "{\"until\": \"2026-05-31\", \"reason\": \"x\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("until"))
                .andExpect(jsonPath("$.errors[0].message").value("2026-05-31 已是过去的日期（今天是 2026-06-01）"));
        post("/api/v1/admin/couriers/LCC1/suspension", "{\"until\": \"2026-06-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post("/api/v1/admin/couriers/LCC1/reinstatement", "{\"reason\": \"not suspended\"}")
                .andExpect(status().isConflict());
        post("/api/v1/admin/couriers/LCC1/suspension", "{\"until\": \"2026-06-10\", \"reason\": \"停岗培训 training\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspendedUntil").value("2026-06-10"));

        EngineClock.setNow(Instant.parse("2026-06-10T15:00:00Z")); // 23:00 on the last day
        assertThat(lifecycle.reinstateExpiredSuspensions()).doesNotContain("LCC1");
        EngineClock.setNow(Instant.parse("2026-06-10T16:30:00Z")); // 00:30 on 11 June in Shanghai
        assertThat(lifecycle.reinstateExpiredSuspensions()).contains("LCC1");
        assertThat(lifecycle.reinstateExpiredSuspensions()).as("a second node finds nothing left").doesNotContain("LCC1");
        assertThat(couriers.findById("LCC1")).get().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(CourierStatus.ACTIVE);
            assertThat(c.getSuspendedUntil()).isNull();
        });

        mvc.perform(get("/api/v1/admin/master-data/audit").param("entityType", "COURIER").param("entityKey", "LCC1")
                        .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$", Matchers.hasSize(2)))
                .andExpect(jsonPath("$[0].action").value("REINSTATED"))
                .andExpect(jsonPath("$[0].changedBy").value("system"))
                .andExpect(jsonPath("$[1].action").value("SUSPENDED"))
                .andExpect(jsonPath("$[1].changedBy").value("admin"))
                .andExpect(jsonPath("$[1].detail").value(Matchers.containsString("停岗培训")));
    }

    @Test
    void aStationIsDeactivatedOnlyWithoutWorkingCouriersAndThenTakesNoNewCourier() throws Exception {
        stations.save(new Station("LC02", "撤销网点", "南京", "station-manager", "complaint-handler", false));
        couriers.save(new Courier("LCC2", "在岗", "LC02", "13900009999", CourierStatus.ACTIVE, null));

        post("/api/v1/admin/stations/LC02/deactivation", "{\"reason\": \"网点撤并 merged\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("couriers"))
                .andExpect(jsonPath("$.errors[0].message").value("网点 LC02 仍有快递员 [LCC2]：请先将他们调往其他网点或停用"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/admin/stations/LC02/deactivation").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"网点撤并 merged\"}")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "station LC02 still has couriers [LCC2]: move them to another station or deactivate them first"));
        post("/api/v1/admin/couriers/LCC2/deactivation", "{\"reason\": \"离职 left\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LEFT"));
        post("/api/v1/admin/couriers/LCC2/suspension", "{\"until\": \"2027-01-31\", \"reason\": \"x\"}")
                .andExpect(status().isConflict());
        post("/api/v1/admin/stations/LC02/deactivation", "{\"reason\": \"网点撤并 merged\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));

        // kept, not deleted: open cases still find their station and its manager
        assertThat(stations.findById("LC02")).get().satisfies(s -> {
            assertThat(s.isActive()).isFalse();
            assertThat(s.getManagerUserId()).isEqualTo("station-manager");
        });
        MockMultipartFile csv = new MockMultipartFile("file", "couriers.csv", "text/csv", """
                employeeNo,name,stationCode,phone,status,userId
                LCC3,新人,LC02,13900001234,ACTIVE,
                """.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/imports/couriers").file(csv).header("Accept-Language", "en")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("station LC02 is deactivated"));
        mvc.perform(multipart("/api/v1/imports/couriers").file(csv).with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("网点 LC02 已停用"));

        post("/api/v1/admin/stations/LC02/reactivation", "{\"reason\": \"reopened\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
        mvc.perform(get("/api/v1/admin/master-data/audit").param("entityType", "STATION").param("entityKey", "LC02")
                        .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[*].action").value(Matchers.contains("REACTIVATED", "DEACTIVATED")));
        mvc.perform(get("/api/v1/admin/master-data/audit").with(httpBasic("complaint-supervisor", "demo")))
                .andExpect(status().isForbidden());
    }
}
