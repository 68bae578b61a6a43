package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ParcelDeskTest
class CaseNumbersTest {

    @Autowired
    CaseNumbers caseNumbers;

    @Autowired
    TransactionTemplate transactions;

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

    /**
     * The day's first draw inside a long transaction (an intake's) while a second intake draws: the
     * second waits on the day's row and, when the first commits, H2 reports a concurrent update rather
     * than a duplicate key. The second must still get the day's next number, not fail.
     */
    @Test
    void aSecondFirstDrawOfTheDayWaitingOnAnUncommittedFirstGetsTheNextNumber() throws Exception {
        EngineClock.setNow(Instant.parse("2033-07-08T02:00:00Z"));
        CountDownLatch firstDrawn = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> transactions.execute(status -> {
                String number = caseNumbers.next(CaseType.COMPLAINT);
                firstDrawn.countDown();
                await(commitFirst);
                return number;
            }));
            assertThat(firstDrawn.await(30, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<String> second = pool.submit(() -> {
                secondThread.set(Thread.currentThread());
                return transactions.execute(status -> caseNumbers.next(CaseType.COMPLAINT));
            });
            awaitBlockedInTheDatabaseOrDone(secondThread, second);
            commitFirst.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("TS20330708000001");
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("TS20330708000002");
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * Waits (with a deadline, no fixed sleep) until the second draw tries to record the day's base
     * while the first has not committed (H2 then spins on the day's row until the first commits or its
     * lock timeout passes), or has already finished.
     */
    private static void awaitBlockedInTheDatabaseOrDone(AtomicReference<Thread> thread, Future<?> second) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (second.isDone()) {
                return;
            }
            Thread t = thread.get();
            // inside startDay: it found no base for the day, so it races the first for the day's row
            if (t != null && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().equals(CaseNumbers.class.getName())
                    && f.getMethodName().equals("startDay"))) {
                return;
            }
            Thread.onSpinWait();
            Thread.yield();
        }
        Thread t = thread.get();
        throw new AssertionError("the second draw neither waited on the day's row nor finished: "
                + (t == null ? "not started" : t.getState() + " " + Arrays.toString(t.getStackTrace())));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
