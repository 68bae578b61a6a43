package org.parceldesk.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** The foundation over real HTTP on a real MariaDB server through the production mysql profile. */
@MariaDbTest
class FoundationIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    DataSource dataSource;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ObjectMapper json;

    @Test
    void runsOnMariaDbThroughMysqlConnectorJ() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDriverName()).contains("MySQL Connector/J");
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
            assertThat(connection.getTransactionIsolation()).isEqualTo(java.sql.Connection.TRANSACTION_READ_COMMITTED);
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class)).isPositive();
    }

    @Test
    void shipmentsOverHttpWithBasicAuth() throws Exception {
        ResponseEntity<String> anonymous = http.getForEntity("/api/v1/shipments/PD2026000002", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> ok = http.withBasicAuth("complaint-handler", "demo")
                .getForEntity("/api/v1/shipments/PD2026000002", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(ok.getBody()).get("serviceType").asText()).isEqualTo("DOMESTIC");
    }

    @Test
    void engineRestIsAuthenticatedAndDeployIsForDesigners() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders acceptJson = new HttpHeaders();
        acceptJson.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> tasks = http.withBasicAuth("courier", "demo").exchange("/engine-rest/task",
                org.springframework.http.HttpMethod.GET, new HttpEntity<>(acceptJson), String.class);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).startsWith("[");
        assertThat(http.withBasicAuth("complaint-handler", "demo")
                .postForEntity("/engine-rest/deployment/create", multipart("x.bpmn", "<x/>"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void importIsAllOrNothingOnMariaDb() throws Exception {
        String csv = """
                employeeNo,name,stationCode,phone,status,userId
                ITC1,周一,S001,13900005555,ACTIVE,
                ITC2,周二,NOWHERE,13900006666,ACTIVE,
                """;
        ResponseEntity<String> refused = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/v1/imports/couriers", multipart("couriers.csv", csv), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode error = json.readTree(refused.getBody()).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("field").asText()).isEqualTo("stationCode");
        assertThat(couriers.findById("ITC1")).isEmpty();

        ResponseEntity<String> accepted = http.withBasicAuth("admin", "demo").postForEntity("/api/v1/imports/couriers",
                multipart("couriers.csv", csv.replace("NOWHERE", "S002")), String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(couriers.findById("ITC1")).isPresent();
        assertThat(couriers.findById("ITC2")).get().extracting(c -> c.getName()).isEqualTo("周二");
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String filename, String content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
