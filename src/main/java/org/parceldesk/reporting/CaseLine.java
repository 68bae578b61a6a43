package org.parceldesk.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a dashboard drill-down list: case number and codes, no customer data. Public for the template. */
record CaseLine(String caseNo, Instant at, String status, String code, String station, String courier,
        BigDecimal amount) {
}
