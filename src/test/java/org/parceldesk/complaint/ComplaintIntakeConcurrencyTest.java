package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parceldesk.complaint.ComplaintTestSupport.MONDAY_9AM;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Twins arriving at the same moment never open two cases. */
@ParcelDeskTest
class ComplaintIntakeConcurrencyTest {

    private static final int THREADS = 6;

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintTestSupport support;

    @BeforeEach
    void monday() {
        EngineClock.setNow(MONDAY_9AM);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyOpenOneCase() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.API, null);
        String key = "concurrent-" + complaint.waybillNo() + "-" + complaint.category();

        List<Object> answers = concurrently(() -> intake.file(complaint, key, "intake-api"));

        assertThat(support.complaintsOn(complaint.waybillNo(), complaint.category())).isEqualTo(1);
        List<String> caseNos = answers.stream().filter(IntakeOutcome.class::isInstance)
                .map(a -> ((IntakeOutcome) a).receipt().caseNo()).distinct().toList();
        assertThat(caseNos).hasSize(1);
        // every twin got the first answer (201, same case) or was told that the first is still running (409)
        assertThat(answers).allSatisfy(answer -> {
            if (answer instanceof IntakeOutcome outcome) {
                assertThat(outcome.created()).isTrue();
            } else {
                assertThat(answer).isInstanceOf(ApiProblem.class);
                assertThat(((ApiProblem) answer).status()).isEqualTo(HttpStatus.CONFLICT);
            }
        });
    }

    @Test
    void concurrentComplaintsOnOneWaybillAndCategoryOpenOneCase() throws Exception {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.PHONE, null);

        List<Object> answers = concurrently(() -> intake.file(complaint, null, "complaint-handler"));

        assertThat(support.complaintsOn(complaint.waybillNo(), complaint.category())).isEqualTo(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isInstanceOf(IntakeOutcome.class));
        assertThat(answers.stream().map(a -> ((IntakeOutcome) a).receipt().caseNo()).distinct()).hasSize(1);
        assertThat(answers.stream().filter(a -> ((IntakeOutcome) a).created())).hasSize(1);
    }

    private static List<Object> concurrently(Callable<IntakeOutcome> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (ApiProblem problem) {
                        return problem;
                    }
                }));
            }
            start.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
