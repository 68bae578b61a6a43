package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

@ParcelDeskTest
class CaseNumbersTest {

    @Autowired
    CaseNumbers caseNumbers;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void manyThreadsNeverShareANumberNorLeaveAGap() throws Exception {
        EngineClock.setNow(Instant.parse("2032-03-04T02:00:00Z"));

        List<String> numbers = CaseNumberConcurrency.drawConcurrently(caseNumbers, CaseType.VIOLATION, 12, 40);

        assertThat(numbers).hasSize(480);
        CaseNumberConcurrency.assertUniqueAndContiguous(numbers, "WG");
        assertThat(numbers).contains("WG20320304000001", "WG20320304000480");
    }

    @Test
    void theDateIsTheShanghaiDateAndEachDayStartsAtOne() {
        // 2032-05-31T16:30Z is already 1 June in Shanghai; 2032: a year no other test draws numbers in
        EngineClock.setNow(Instant.parse("2032-05-31T16:30:00Z"));
        assertThat(caseNumbers.next(CaseType.CLAIM)).isEqualTo("LP20320601000001");
        assertThat(caseNumbers.next(CaseType.CLAIM)).isEqualTo("LP20320601000002");
        assertThat(caseNumbers.next(CaseType.COMPLAINT)).isEqualTo("TS20320601000001");

        EngineClock.setNow(Instant.parse("2032-06-01T16:30:00Z"));
        assertThat(caseNumbers.next(CaseType.CLAIM)).isEqualTo("LP20320602000001");
    }
}
