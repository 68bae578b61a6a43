package org.parceldesk.claim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcelDeskTest
class ClaimApiTest {

    @Autowired MockMvc mvc;
    @Autowired ShipmentRepository shipments;

    @Test
    void quotesAPayoutFromTheFactsWithItsBreakdown() throws Exception {
        mvc.perform(json(post("/api/v1/claims/quote"), """
                {"lossType":"LOSS","serviceType":"DOMESTIC","postage":12.00,"insured":false,"actualLoss":500,
                 "fullValue":800,"responsibleParty":"COURIER"}""").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payout").value(48.00))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.ruleCode").value("LOSS_UNINSURED"))
                .andExpect(jsonPath("$.lines[0].label").value("退还运费 Postage refund"))
                .andExpect(jsonPath("$.lines[0].amount").value(12.00))
                .andExpect(jsonPath("$.lines[1].label", containsString("3 倍")))
                .andExpect(jsonPath("$.lines[1].amount").value(36.00));
    }

    @Test
    void quotesFromAWaybillTakingTheShipmentFacts() throws Exception {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, Instant.now(), 10, "20.00", "1000.00");

        mvc.perform(json(post("/api/v1/claims/quote"), """
                {"waybillNo":"%s","lossType":"LOSS","actualLoss":1500,"responsibleParty":"STATION"}"""
                .formatted(parcel.waybillNo())).with(httpBasic("claims-supervisor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payout").value(1020.00))
                .andExpect(jsonPath("$.ruleCode").value("LOSS_INSURED"))
                .andExpect(jsonPath("$.lines[*].label", hasItem("保价费不予退还 Insurance fee not refunded")));
    }

    @Test
    void theCalculatorsRefusalIsInEnglishForAnEnglishReader() throws Exception {
        String insuredPartialLoss = """
                {"lossType":"DAMAGE_PARTIAL","serviceType":"DOMESTIC","postage":12,"insured":true,"declaredValue":500,
                 "actualLoss":100,"responsibleParty":"COURIER"}""";
        mvc.perform(json(post("/api/v1/claims/quote"), insuredPartialLoss).header("Accept-Language", "en")
                        .with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullValue"))
                .andExpect(jsonPath("$.errors[0].message").value("fullValue is required to pro-rate an insured partial loss"))
                .andExpect(jsonPath("$.detail").value("fullValue is required to pro-rate an insured partial loss"));
        mvc.perform(json(post("/api/v1/claims/quote"), insuredPartialLoss).with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("物品实际价值必填（保价件部分损失按比例赔偿）"));
    }

    @Test
    void anInvalidQuoteNamesTheField() throws Exception {
        mvc.perform(json(post("/api/v1/claims/quote"), """
                {"lossType":"LOSS","serviceType":"DOMESTIC","postage":12,"insured":false,"actualLoss":900,
                 "fullValue":800,"responsibleParty":"COURIER"}""").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actualLoss"))
                .andExpect(jsonPath("$.errors[0].message").value("实际损失不能超过物品实际价值"));
        mvc.perform(json(post("/api/v1/claims/quote"), """
                {"lossType":"LOSS","serviceType":"DOMESTIC","postage":12,"insured":true,"actualLoss":100,
                 "responsibleParty":"COURIER"}""").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("declaredValue"));
        mvc.perform(json(post("/api/v1/claims/quote"), """
                {"lossType":"LOST","postage":12}""").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lossType"));
        mvc.perform(json(post("/api/v1/claims/quote"), """
                {"waybillNo":"NO-SUCH-WAYBILL","lossType":"LOSS","actualLoss":10,"responsibleParty":"COURIER"}""")
                .with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("waybillNo"));
    }

    @Test
    void quotesNeedAClaimsOrComplaintRole() throws Exception {
        String body = """
                {"lossType":"DELAY","serviceType":"DOMESTIC","postage":12,"responsibleParty":"NONE"}""";
        mvc.perform(json(post("/api/v1/claims/quote"), body)).andExpect(status().isUnauthorized());
        mvc.perform(json(post("/api/v1/claims/quote"), body).with(httpBasic("courier", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void filesAClaimAndRefusesASecondOneOnTheSameWaybill() throws Exception {
        ShipmentSnapshot parcel = ClaimFixtures.lostParcel(shipments, Instant.now(), 10, "12.00", null);
        String body = """
                {"waybillNo":"%s","customerName":"王女士","customerPhone":"13912345678",
                 "customerEmail":"wang@example.com","description":"包裹未收到","reportedLossType":"LOSS"}"""
                .formatted(parcel.waybillNo());

        String created = mvc.perform(json(post("/api/v1/claims"), body).with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/claims/LP")))
                .andExpect(jsonPath("$.status").value("COLLECTING_EVIDENCE"))
                .andExpect(jsonPath("$.origin").value("API"))
                .andExpect(jsonPath("$.shipment.postage").value(12.00))
                .andReturn().getResponse().getContentAsString();
        String caseNo = JsonPath.read(created, "$.caseNo");

        mvc.perform(json(post("/api/v1/claims"), body).with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingCaseNo").value(caseNo))
                .andExpect(jsonPath("$.errors[0].field").value("waybillNo"));

        mvc.perform(get("/api/v1/claims/" + caseNo).with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.phone").value("13912345678"))
                .andExpect(jsonPath("$.customer.email").value("wang@example.com"))
                .andExpect(jsonPath("$.timeline[0].type").value("REGISTERED"))
                .andExpect(jsonPath("$.timeline[0].detail").value("API"))
                .andExpect(jsonPath("$.timeline[0].actor").value("system"));
        mvc.perform(get("/api/v1/claims/" + caseNo).with(httpBasic("complaint-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.phone").value("139****5678"))
                .andExpect(jsonPath("$.customer.email").doesNotExist());
        mvc.perform(get("/api/v1/claims").param("waybillNo", parcel.waybillNo()).with(httpBasic("claims-manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].caseNo").value(caseNo));
    }

    @Test
    void refusesInvalidClaims() throws Exception {
        mvc.perform(json(post("/api/v1/claims"), """
                {"waybillNo":"","customerName":"王女士","customerPhone":"12345"}""")
                .with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("waybillNo")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("customerPhone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'customerPhone')].message").value("须为中国大陆手机号码或固定电话号码"));
        mvc.perform(json(post("/api/v1/claims"), """
                {"waybillNo":"PD2026000001","customerName":"王女士","customerPhone":"12345"}""")
                .with(httpBasic("claims-handler", "demo")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'customerPhone')].message")
                        .value("must be a mainland mobile or landline number"));
        mvc.perform(json(post("/api/v1/claims"), """
                {"waybillNo":"PD2026000001","customerName":"王女士"}""").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求中有字段无效"))
                .andExpect(jsonPath("$.errors[0].field").value("customerPhone"))
                .andExpect(jsonPath("$.errors[0].message").value("电话号码和电子邮箱至少填写一项"));
        mvc.perform(json(post("/api/v1/claims"), """
                {"waybillNo":"PD2026000001","customerName":"王女士"}""").with(httpBasic("claims-handler", "demo"))
                .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has invalid fields"))
                .andExpect(jsonPath("$.errors[0].message").value("a phone number or an e-mail address is required"));
        mvc.perform(json(post("/api/v1/claims"), """
                {"origin":"PORTAL","waybillNo":"PD2026000001","customerName":"王女士","customerPhone":"13912345678"}""")
                .with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("origin"))
                .andExpect(jsonPath("$.errors[0].message").value("客户门户的理赔请在门户中提交"));
        mvc.perform(json(post("/api/v1/claims"), """
                {"waybillNo":"NO-SUCH-WAYBILL","customerName":"王女士","customerPhone":"13912345678"}""")
                .with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/claims/LP20990101999999").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("理赔 LP20990101999999 不存在"));
        mvc.perform(get("/api/v1/claims/LP20990101999999").with(httpBasic("claims-handler", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Claim LP20990101999999 does not exist"));
        mvc.perform(get("/api/v1/claims").param("status", "NOPE").with(httpBasic("claims-handler", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("值无效：NOPE"));
        mvc.perform(get("/api/v1/claims").param("status", "NOPE").with(httpBasic("claims-handler", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("has an invalid value: NOPE"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
