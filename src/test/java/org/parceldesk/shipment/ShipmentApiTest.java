package org.parceldesk.shipment;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcelDeskTest
class ShipmentApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void oneShipmentByWaybill() throws Exception {
        mvc.perform(get("/api/v1/shipments/PD2026000001").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waybillNo").value("PD2026000001"))
                .andExpect(jsonPath("$.serviceType").value("SAME_CITY"))
                .andExpect(jsonPath("$.insured").value(true));
    }

    @Test
    void unknownWaybillIs404Problem() throws Exception {
        mvc.perform(get("/api/v1/shipments/NOPE").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("运单 NOPE 不存在"));
        mvc.perform(get("/api/v1/shipments/NOPE").with(httpBasic("complaint-handler", "demo")).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Shipment NOPE does not exist"));
    }

    @Test
    void filtersCombineAndPage() throws Exception {
        mvc.perform(get("/api/v1/shipments").param("serviceType", "DOMESTIC").param("insured", "true")
                        .param("station", "S001").param("size", "5").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.content[*].serviceType", everyItem(is("DOMESTIC"))))
                .andExpect(jsonPath("$.content[*].insured", everyItem(is(true))));
        mvc.perform(get("/api/v1/shipments").param("status", "DELIVERED").with(httpBasic("complaint-handler", "demo")))
                .andExpect(jsonPath("$.content[*].status", everyItem(is("DELIVERED"))));
    }

    @Test
    void badFilterValueNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/shipments").param("status", "FLYING").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/shipments").param("sort", "nonsense").with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }
}
