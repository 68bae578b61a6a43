package org.parceldesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.claim.Claim;
import org.parceldesk.claim.ClaimEvidence;
import org.parceldesk.claim.ClaimLinks;
import org.parceldesk.claim.ClaimProperties;
import org.parceldesk.claim.ClaimRepository;
import org.parceldesk.claim.ClaimStatus;
import org.parceldesk.claim.EvidenceStore;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The customer's claim pages: filing with evidence, limits, the signed link, accepting and disputing. */
@ParcelDeskTest
class ClaimPortalTest {

    private static final AtomicLong WAYBILLS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired MockMvc mvc;
    @Autowired ShipmentRepository shipments;
    @Autowired ClaimRepository claims;
    @Autowired EvidenceStore evidence;
    @Autowired ClaimLinks links;
    @Autowired ClaimProperties properties;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        EngineClock.reset();
    }

    @Test
    void aCustomerFilesAClaimWithAPhotoAndLandsOnTheClaimPage() throws Exception {
        String waybillNo = lostParcel("1000.00");

        MvcResult filed = mvc.perform(fileClaim(waybillNo, new MockMultipartFile("files", "破损照片.png", "image/png", PNG)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/portal/claims/LP*?token=*"))
                .andReturn();
        String location = filed.getResponse().getRedirectedUrl();
        String caseNo = location.substring("/portal/claims/".length(), location.indexOf('?'));

        Claim claim = claims.findByCaseNo(caseNo).orElseThrow();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.COLLECTING_EVIDENCE);
        assertThat(claim.getCustomer().email()).isEqualTo("li@example.com");
        List<ClaimEvidence> files = evidence.list(caseNo);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getOriginalName()).isEqualTo("破损照片.png");
            assertThat(file.getContentType()).isEqualTo("image/png");
            assertThat(file.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        });
        Path stored = properties.evidence().dir().resolve(files.get(0).getStorageKey());
        assertThat(Files.readAllBytes(stored)).isEqualTo(PNG);

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString(caseNo)))
                .andExpect(content().string(containsString("破损照片.png")));
    }

    @Test
    void refusesFilesOfTheWrongTypeOrSizeAndFilesNothing() throws Exception {
        String waybillNo = lostParcel(null);
        long before = claims.count();

        mvc.perform(fileClaim(waybillNo, new MockMultipartFile("files", "photo.png", "image/png", "MZ not a png".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("photo.png：内容不是 png 文件")));
        // the customer's browser asks for English: the refusal comes from messages_en.properties
        mvc.perform(fileClaim(waybillNo, new MockMultipartFile("files", "virus.exe", "application/octet-stream", PNG))
                        .header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("only jpg, png, pdf files are accepted")));
        byte[] large = new byte[(int) properties.evidence().maxSize().toBytes() + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        mvc.perform(fileClaim(waybillNo, new MockMultipartFile("files", "large.png", "image/png", large)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("large.png：超过 5 MB")));
        // a name that hides its real extension is refused in the reader's language, without echoing the name
        mvc.perform(fileClaim(waybillNo, new MockMultipartFile("files", "photo\u202Egpj.png", "image/png", PNG)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件名无效")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\u202E"))));

        assertThat(claims.count()).isEqualTo(before);
        assertThat(claims.findByActiveWaybillNo(waybillNo)).isEmpty();
    }

    @Test
    void refusesAnIncompleteFormAndASecondClaimOnTheWaybill() throws Exception {
        String waybillNo = lostParcel(null);
        mvc.perform(multipart("/portal/claims").param("waybillNo", waybillNo).param("customerName", "李先生")
                        .param("customerPhone", "123").param("customerEmail", "").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-field=\"customerPhone\"")))
                .andExpect(content().string(containsString("data-field=\"customerEmail\"")))
                .andExpect(content().string(containsString("请填写正确的手机或座机号码")));

        MvcResult first = mvc.perform(fileClaim(waybillNo)).andExpect(status().is3xxRedirection()).andReturn();
        String firstCaseNo = first.getResponse().getRedirectedUrl().replaceAll(".*/(LP\\d+)\\?.*", "$1");
        mvc.perform(fileClaim(waybillNo)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"existing-case\">" + firstCaseNo)));
    }

    @Test
    void theClaimPageNeedsAValidUnexpiredLink() throws Exception {
        MvcResult filed = mvc.perform(fileClaim(lostParcel(null))).andReturn();
        String location = filed.getResponse().getRedirectedUrl();
        String caseNo = location.substring("/portal/claims/".length(), location.indexOf('?'));

        mvc.perform(get("/portal/claims/" + caseNo)).andExpect(status().isForbidden());
        mvc.perform(get("/portal/claims/" + caseNo).param("t", "4102444800.forged")).andExpect(status().isForbidden());
        String otherCase = "LP20990101000001";
        mvc.perform(get("/portal/claims/" + otherCase).param("t", links.token(caseNo))).andExpect(status().isForbidden());

        EngineClock.setNow(Instant.now().plus(properties.portal().linkValidity()).plus(Duration.ofMinutes(1)));
        mvc.perform(get(location)).andExpect(status().isForbidden());
    }

    @Test
    void theCustomerSeesTheOfferWithItsBreakdownAndAcceptsIt() throws Exception {
        MvcResult filed = mvc.perform(fileClaim(lostParcel(null))).andReturn();
        String location = filed.getResponse().getRedirectedUrl();
        String caseNo = location.substring("/portal/claims/".length(), location.indexOf('?'));
        String token = location.substring(location.indexOf("?token=") + 7);
        mvc.perform(get(location)).andExpect(content().string(not(containsString("id=\"accept-offer\""))));

        complete(caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        complete(caseNo, "Task_AssessClaim", Map.of("lossType", "LOSS", "responsibleParty", "SORTING_CENTER",
                "actualLoss", 500.0));

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("退还运费 Postage refund")))
                .andExpect(content().string(containsString("未保价赔偿（以运费的 3 倍为限）")))
                .andExpect(content().string(containsString("id=\"payout-total\">48.00 元")))
                .andExpect(content().string(containsString("id=\"accept-offer\"")));

        mvc.perform(post("/portal/claims/" + caseNo + "/dispute").param("t", token).param("reason", "").with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请说明异议原因")));
        mvc.perform(post("/portal/claims/" + caseNo + "/dispute").param("t", token).param("reason", "").with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please give a reason (at most 2000 characters)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("请说明异议原因"))));
        // links and forms name the token "token" now; the dispute attempts above still send "t", as claim links sent before did
        mvc.perform(post("/portal/claims/" + caseNo + "/accept").param("token", token).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/portal/claims/" + caseNo + "?token=" + token + "&accepted"));

        Claim accepted = claims.findByCaseNo(caseNo).orElseThrow();
        assertThat(accepted.getStatus()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(accepted.getPayoutAmount()).isEqualByComparingTo(new BigDecimal("48.00"));
    }

    @Test
    void theCustomerAddsEvidenceAndDisputesTheOfferThroughTheLink() throws Exception {
        MvcResult filed = mvc.perform(fileClaim(lostParcel(null))).andReturn();
        String location = filed.getResponse().getRedirectedUrl();
        String caseNo = location.substring("/portal/claims/".length(), location.indexOf('?'));
        String token = location.substring(location.indexOf("?token=") + 7);

        mvc.perform(multipart("/portal/claims/" + caseNo + "/evidence").file(
                        new MockMultipartFile("files", "发票.pdf", "application/pdf", "%PDF-1.4 invoice".getBytes()))
                        .param("t", token).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/portal/claims/" + caseNo + "/evidence").file(
                        new MockMultipartFile("files", "invoice.pdf", "application/pdf", "%PDF".getBytes()))
                        .param("t", "1.forged").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(evidence.list(caseNo)).extracting(ClaimEvidence::getOriginalName).containsExactly("发票.pdf");

        complete(caseNo, "Task_CollectEvidence", Map.of("evidenceComplete", true));
        complete(caseNo, "Task_AssessClaim", Map.of("lossType", "LOSS", "responsibleParty", "SORTING_CENTER",
                "actualLoss", 20.0));
        mvc.perform(post("/portal/claims/" + caseNo + "/dispute").param("t", token).param("reason", "发票金额为 60 元")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Claim disputed = claims.findByCaseNo(caseNo).orElseThrow();
        assertThat(disputed.getStatus()).isEqualTo(ClaimStatus.ASSESSING);
        assertThat(disputed.getDisputes()).singleElement()
                .satisfies(d -> assertThat(d.getReason()).isEqualTo("发票金额为 60 元"));
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder fileClaim(
            String waybillNo, MockMultipartFile... files) {
        var request = multipart("/portal/claims");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("waybillNo", waybillNo).param("customerName", "李先生").param("customerPhone", "13912345678")
                .param("customerEmail", "li@example.com").param("reportedLossType", "LOSS").param("description", "未收到")
                .with(csrf());
        return request;
    }

    private void complete(String caseNo, String taskKey, Map<String, Object> variables) {
        identity.setAuthentication("portal-test-handler", List.of("claims-handler"));
        try {
            tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
                    .singleResult().getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String lostParcel(String declaredValue) {
        Instant shipped = Instant.now().minus(Duration.ofDays(10));
        boolean insured = declaredValue != null;
        String waybillNo = "LPP" + WAYBILLS.incrementAndGet();
        shipments.save(new Shipment(new ShipmentSnapshot(waybillNo, ServiceType.DOMESTIC, shipped,
                shipped.plus(Duration.ofDays(3)), null, "C0002", "C0002", "S001", "S001", new BigDecimal("12.00"), insured,
                insured ? new BigDecimal(declaredValue) : null, insured ? new BigDecimal("5.00") : null,
                ShipmentStatus.EXCEPTION)));
        return waybillNo;
    }
}
