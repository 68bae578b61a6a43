package org.parceldesk.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Small helpers shared by the SLA tests. */
final class SlaTesting {

    private SlaTesting() {
    }

    /** Wall-clock time in Shanghai, written out with its offset: China has kept UTC+8 all year since 1991. */
    static Instant shanghai(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    /** A case number no other test uses: the tests share one database. */
    static String newCaseNo() {
        return "SLAT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }
}
