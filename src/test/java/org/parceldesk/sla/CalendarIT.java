package org.parceldesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The business calendar tables on a real MariaDB server: seeding, concurrent changes, the audit list. */
@MariaDbTest
class CalendarIT {

    private static final String YEAR_2041 = """
            {"complete": true,
             "daysOff": ["2041-01-01", "2041-01-02", "2041-01-03", "2041-02-01", "2041-02-02", "2041-02-03",
                         "2041-02-04", "2041-02-05", "2041-02-06", "2041-02-07", "2041-10-01", "2041-10-02",
                         "2041-10-03", "2041-10-04"],
             "makeUpWorkdays": ["2041-01-26 春节"]}
            """;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    CalendarSeed seed;
    @Autowired
    BusinessCalendar calendar;

    private ResponseEntity<String> put(int year, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("admin", "demo").exchange("/api/v1/admin/calendar/" + year, HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("admin", "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    @Test
    void theShippedFileSeededTheTablesAndTwoAdminsSavingAtOnceTakeTurns() throws Exception {
        JsonNode overview = get("/api/v1/admin/calendar");
        List<Integer> seeded = new ArrayList<>();
        overview.get("years").forEach(year -> {
            if ("SEED".equals(year.get("source").asText())) {
                seeded.add(year.get("year").asInt());
            }
        });
        assertThat(seeded).contains(2026);

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<ResponseEntity<String>> save = () -> {
            together.await(30, TimeUnit.SECONDS);
            return put(2041, YEAR_2041);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ResponseEntity<String>> first = pool.submit(save);
            Future<ResponseEntity<String>> second = pool.submit(save);
            assertThat(first.get(120, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(second.get(120, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            pool.shutdownNow();
        }
        JsonNode audit = get("/api/v1/admin/calendar/audit?year=2041");
        assertThat(audit).as("the second save found the year unchanged").hasSize(1);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("CREATED");
        assertThat(get("/api/v1/admin/calendar/2041").get("daysOff").asInt()).isEqualTo(14);
        assertThat(calendar.isWorkingDay(java.time.LocalDate.parse("2041-01-26"))).isTrue();
    }

    @Test
    void aSecondNodeSeedingAgainLeavesAnAdminsYearAlone(@TempDir Path dir) throws Exception {
        assertThat(put(2042, YEAR_2041.replace("2041", "2042").replace("2042-01-26", "2042-01-25"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Path file = dir.resolve("holidays.yaml");
        Files.writeString(file, """
                2042:
                  holidays:
                    - { from: 2042-05-01, to: 2042-05-05, name: "劳动节 Labour Day" }
                2043:
                  holidays:
                    - { from: 2043-05-01, to: 2043-05-05, name: "劳动节 Labour Day" }
                """);

        List<Integer> seededNow = seed.seed(HolidayCalendar.load("file:" + file.toAbsolutePath()));

        assertThat(seededNow).containsExactly(2043);
        assertThat(get("/api/v1/admin/calendar/2042").get("source").asText()).isEqualTo("API");
        assertThat(get("/api/v1/admin/calendar/2043").get("source").asText()).isEqualTo("SEED");
        assertThat(seed.seed(HolidayCalendar.load("file:" + file.toAbsolutePath()))).isEmpty();
    }
}
