package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report SQL on a real MariaDB server through mysql-connector-j (datetime binding, boolean and
 * decimal types, derived tables), over HTTP with the demo users: the same fixture, the same numbers
 * as {@code ReportApiTest} on H2.
 */
@MariaDbTest
class ReportMariaDbIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        EngineClock.setNow(Instant.parse("2030-06-01T02:00:00Z"));
        fixture = new ReportFixture(jdbc);
        fixture.insert();
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
        EngineClock.reset();
    }

    @Test
    void everyReportAddsUpOnMariaDb() throws Exception {
        JsonNode weekly = get("complaint-supervisor", "/api/v1/reports/complaints/weekly?week=2030-W10&station=R901,R902");
        assertThat(weekly.at("/summary/received").asLong()).isEqualTo(4);
        assertThat(weekly.at("/summary/openAtEnd").asLong()).isEqualTo(2);
        assertThat(weekly.at("/summary/p90HandlingHours").decimalValue()).isEqualByComparingTo("192.0");
        assertThat(weekly.at("/summary/reopenedInWeek").asLong()).isEqualTo(1);
        assertThat(weekly.at("/summary/previousWeekReceived").asLong()).isEqualTo(2);

        JsonNode claims = get("claims-manager", "/api/v1/reports/claims/monthly?month=2030-03&station=R901,R902");
        assertThat(claims.at("/summary/filed").asLong()).isEqualTo(4);
        assertThat(claims.at("/summary/payoutTotal").decimalValue()).isEqualByComparingTo("3312.00");
        assertThat(claims.at("/summary/avgDaysToPayment").decimalValue()).isEqualByComparingTo("15.2");
        assertThat(claims.at("/summary/chargebackTotal").decimalValue()).isEqualByComparingTo("2512.00");

        JsonNode violations = get("inspector", "/api/v1/reports/violations/monthly?month=2030-03&station=R901,R902");
        assertThat(violations.at("/summary/booked").asLong()).isEqualTo(4);
        assertThat(violations.at("/summary/pointsTotal").asLong()).isEqualTo(8);
        assertThat(violations.at("/summary/finesTotal").decimalValue()).isEqualByComparingTo("100.00");

        JsonNode kpi = get("admin", "/api/v1/reports/kpi/monthly?month=2030-03&station=R901,R902");
        assertThat(kpi.at("/summary/shipments").asLong()).isEqualTo(4);
        assertThat(kpi.at("/summary/complaintsPer10k").decimalValue()).isEqualByComparingTo("12500.00");
        assertThat(kpi.at("/summary/slaBreaches").asLong()).isEqualTo(3);

        JsonNode origins = get("admin", "/api/v1/reports/shipments/origins?from=2030-03-01&to=2030-03-31&station=R901,R902");
        assertThat(origins.at("/summary/shipments").asLong()).isEqualTo(4);
        assertThat(origins.at("/summary/postageTotal").decimalValue()).isEqualByComparingTo("87.00");
    }

    @Test
    void aClaimsManagerDownloadsTheMonthAsAWorkbook() throws Exception {
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("claims-manager", "demo").getForEntity(
                "/api/v1/reports/claims/monthly?month=2030-03&station=R901,R902&format=xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            double total = Double.NaN;
            for (Row row : workbook.getSheet("汇总")) {
                if (row.getCell(0) != null && "payoutTotal".equals(row.getCell(0).getStringCellValue())) {
                    total = row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(total).isEqualTo(3312.00);
            assertThat(workbook.getSheet("事故原因(责任方)分析")).isNotNull();
        }
    }

    private JsonNode get(String user, String url) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
