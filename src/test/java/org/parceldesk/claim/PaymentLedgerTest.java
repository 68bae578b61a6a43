package org.parceldesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parceldesk.common.Money;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** A claim is paid exactly once: retried steps and two nodes running the step at the same moment. */
@ParcelDeskTest
class PaymentLedgerTest {

    private static final AtomicInteger CASES = new AtomicInteger();

    @Autowired PaymentLedger ledger;
    @Autowired PaymentRepository payments;

    @Test
    void aRetriedStepFindsThePaymentItAlreadyMade() {
        String caseNo = newCaseNo();

        Payment first = ledger.pay(caseNo, Money.of("42.00")).orElseThrow();
        Payment retried = ledger.pay(caseNo, Money.of("42.00")).orElseThrow();

        assertThat(retried.getId()).isEqualTo(first.getId());
        assertThat(payments.countByClaimCaseNo(caseNo)).isOne();
        assertThat(first.getReference()).isEqualTo("PAY-" + caseNo);
    }

    @Test
    void twoNodesPayingAtTheSameMomentLeaveOnePayment() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            String caseNo = newCaseNo();
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                Callable<Long> node = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return payAsTheEngineWould(caseNo);
                };
                List<Future<Long>> results = nodes.invokeAll(List.of(node, node));
                List<Long> ids = new ArrayList<>();
                for (Future<Long> result : results) {
                    ids.add(result.get());
                }
                assertThat(payments.countByClaimCaseNo(caseNo)).as("payments of " + caseNo).isOne();
                assertThat(ids).as("both nodes end with the same payment").containsOnly(
                        payments.findByClaimCaseNo(caseNo).orElseThrow().getId());
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    @Test
    void theUniqueKeyRefusesASecondPaymentRow() {
        String caseNo = newCaseNo();
        payments.saveAndFlush(new Payment(caseNo, Money.of("10.00"), java.time.Instant.now()));

        assertThatThrownBy(() -> payments.saveAndFlush(new Payment(caseNo, Money.of("10.00"), java.time.Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPaidClaimIsNeverPaidADifferentAmount() {
        String caseNo = newCaseNo();
        ledger.pay(caseNo, Money.of("42.00"));

        assertThatThrownBy(() -> ledger.pay(caseNo, Money.of("50.00"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("42.00");
    }

    @Test
    void aZeroPayoutPaysNothing() {
        String caseNo = newCaseNo();

        assertThat(ledger.pay(caseNo, Money.ZERO)).isEmpty();
        assertThat(payments.countByClaimCaseNo(caseNo)).isZero();
    }

    /** The job executor retries a failed step; the loser of the race fails once and then finds the payment. */
    private long payAsTheEngineWould(String caseNo) {
        try {
            return ledger.pay(caseNo, Money.of("99.00")).orElseThrow().getId();
        } catch (DataIntegrityViolationException lostTheRace) {
            return ledger.pay(caseNo, Money.of("99.00")).orElseThrow().getId();
        }
    }

    private static String newCaseNo() {
        return String.format("LP29990101%06d", CASES.incrementAndGet());
    }
}
