package org.parceldesk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ParcelDeskTest
class ImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ShipmentRepository shipments;

    private ResultActions upload(String kind, String csv) throws Exception {
        return upload(kind, csv, null);
    }

    private ResultActions upload(String kind, String csv, String language) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var request = multipart("/api/v1/imports/" + kind).file(file).with(httpBasic("admin", "demo"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    /** The problems speak the reader's language: Chinese by default, English for {@code Accept-Language: en}. */
    @Test
    void problemsAreChineseByDefaultAndEnglishOnRequest() throws Exception {
        String bad = """
                employeeNo,name,stationCode,phone,status,userId
                LANGC1,某人,NOPE,12345,RETIRED,
                """;
        upload("couriers", bad)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("发现 3 个问题，未导入任何数据"))
                .andExpect(jsonPath("$.errors[?(@.field == 'stationCode')].message").value(contains("未知网点 NOPE")))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message").value(contains("须为 11 位中国大陆手机号码")))
                .andExpect(jsonPath("$.errors[?(@.field == 'status')].message")
                        .value(contains(org.hamcrest.Matchers.endsWith("，实际为 RETIRED"))));
        upload("couriers", bad, "en")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("3 problem(s) found; nothing was imported"))
                .andExpect(jsonPath("$.errors[?(@.field == 'stationCode')].message").value(contains("unknown station NOPE")))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message")
                        .value(contains("must be an 11-digit mainland mobile number")))
                .andExpect(jsonPath("$.errors[?(@.field == 'status')].message")
                        .value(contains(org.hamcrest.Matchers.endsWith(", was RETIRED"))));

        String noPhoneColumn = """
                employeeNo,name,stationCode,status,userId
                LANGC2,某人,S001,ACTIVE,
                """;
        upload("couriers", noPhoneColumn)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value("表头行缺少此列"));
        upload("couriers", noPhoneColumn, "en-GB,en;q=0.9")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("column is missing from the header line"));
        assertThat(couriers.findById("LANGC1")).isEmpty();
        assertThat(couriers.findById("LANGC2")).isEmpty();
    }

    @Test
    void goodFilesAreImportedAndReimportUpdates() throws Exception {
        upload("stations", """
                code,name,city,managerUserId,handlerGroup,franchise
                IMP1,南京鼓楼网点,南京,,complaint-handler,true
                IMP2,苏州园区网点,苏州,station-manager,complaint-handler,false
                """).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        upload("couriers", """
                employeeNo,name,stationCode,phone,status,userId
                IMPC1,孙亮,IMP1,13900001111,ACTIVE,
                """).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        upload("shipments", """
                waybillNo,serviceType,shippedAt,promisedAt,deliveredAt,pickupCourierNo,deliveryCourierNo,originStationCode,destinationStationCode,postage,insured,declaredValue,insuranceFee,status
                IMPW000001,DOMESTIC,2026-11-20T10:00:00+08:00,2026-11-23T18:00:00+08:00,,IMPC1,,IMP1,IMP2,12.00,true,800.00,8.00,IN_TRANSIT
                """).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));

        upload("stations", """
                code,name,city,managerUserId,handlerGroup,franchise
                IMP1,南京鼓楼网点（新）,南京,,complaint-handler,false
                """).andExpect(status().isOk());
        assertThat(stations.findById("IMP1")).get().satisfies(s -> {
            assertThat(s.getName()).isEqualTo("南京鼓楼网点（新）");
            assertThat(s.isFranchise()).isFalse();
        });
        assertThat(shipments.findById("IMPW000001")).isPresent();
    }

    @Test
    void oneBadLineRefusesTheWholeFileWithEveryProblemAndItsLineNumber() throws Exception {
        long before = couriers.count();
        upload("couriers", """
                employeeNo,name,stationCode,phone,status,userId
                BADC1,好人,S001,13900002222,ACTIVE,
                BADC2,某人,NOPE,13900003333,ACTIVE,
                BADC3,某人,S001,12345,RETIRED,
                BADC1,重复,S001,13900004444,ACTIVE,
                """)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("stationCode"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("status"))
                .andExpect(jsonPath("$.errors[2].line").value(4))
                .andExpect(jsonPath("$.errors[2].field").value("phone"))
                .andExpect(jsonPath("$.errors[3].line").value(5))
                .andExpect(jsonPath("$.errors[3].field").value("employeeNo"));
        assertThat(couriers.count()).isEqualTo(before);
        assertThat(couriers.findById("BADC1")).isEmpty();
    }

    @Test
    void userAndGroupIdsUnknownToTheIdentityServiceAreRefusedSoThatNoCaseIsRoutedToNobody() throws Exception {
        upload("stations", """
                code,name,city,managerUserId,handlerGroup,franchise
                GHOST1,幽灵网点,南京,no-such-manager,complaint-handler,false
                GHOST2,幽灵网点二,南京,station-manager,no-such-group,false
                """)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("managerUserId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("no-such-manager")))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("handlerGroup"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("no-such-group")));
        assertThat(stations.findById("GHOST1")).isEmpty();
        assertThat(stations.findById("GHOST2")).isEmpty();

        upload("couriers", """
                employeeNo,name,stationCode,phone,status,userId
                GHOSTC1,无名,S001,13900007777,ACTIVE,no-such-courier-user
                """)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        assertThat(couriers.findById("GHOSTC1")).isEmpty();
    }

    @Test
    void badShipmentValuesAreNamedByLineAndColumn() throws Exception {
        long before = shipments.count();
        upload("shipments", """
                waybillNo,serviceType,shippedAt,promisedAt,deliveredAt,pickupCourierNo,deliveryCourierNo,originStationCode,destinationStationCode,postage,insured,declaredValue,insuranceFee,status
                BADW000001,DOMESTIC,2026-11-20T10:00:00+08:00,2026-11-23T18:00:00+08:00,,,,S001,S002,12.00,false,,,IN_TRANSIT
                BADW000002,SEA,yesterday,2026-11-23T18:00:00+08:00,,,,S001,S002,-1,true,,,DELIVERED
                """)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.line == 3)].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("serviceType", "shippedAt", "postage",
                                "declaredValue", "insuranceFee", "deliveredAt")));
        assertThat(shipments.count()).isEqualTo(before);
        assertThat(shipments.findById("BADW000001")).isEmpty();
    }

    @Test
    void aMissingColumnOrAnUnknownKindIs400() throws Exception {
        upload("stations", "code,name\nX,y\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("city", "managerUserId", "handlerGroup", "franchise")));
        upload("parcels", "a\nb\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }
}
