package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;

@MariaDbTest
class CaseNumbersIT {

    @Autowired
    CaseNumbers caseNumbers;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void manyThreadsOnMariaDbNeverShareANumberNorLeaveAGap() throws Exception {
        // a day no other integration test files cases on: they share this MariaDB, in no fixed order
        EngineClock.setNow(Instant.parse("2031-03-03T02:00:00Z"));

        List<String> numbers = CaseNumberConcurrency.drawConcurrently(caseNumbers, CaseType.COMPLAINT, 8, 40);

        assertThat(numbers).hasSize(320);
        CaseNumberConcurrency.assertUniqueAndContiguous(numbers, "TS");
        assertThat(numbers).contains("TS20310303000001", "TS20310303000320");
    }
}
