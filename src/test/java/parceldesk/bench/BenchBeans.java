package parceldesk.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Added to ParcelDesk only in benchmark runs (outside the {@code org.parceldesk} package, so no
 * other context scans it): the baseline's no-op bean and its start endpoint, which sits behind
 * the same door, authentication and transaction handling as the intake API.
 */
@Configuration(proxyBeanMethods = false)
class BenchBeans {

    @Bean
    BenchNoOp benchNoOp() {
        return new BenchNoOp();
    }

    /**
     * The baseline's tasks accept what the complaint's tasks accept: engine REST's input guard would
     * otherwise refuse every field on them (a process key it does not know declares no fields).
     */
    @Bean
    org.parceldesk.workflow.DeclaredTaskFields baselineTaskFields() {
        return new org.parceldesk.workflow.DeclaredTaskFields(BaselineModel.KEY,
                org.parceldesk.complaint.ComplaintProcess.TASK_FIELDS.fieldsByTask());
    }

    /** The claim baseline's tasks accept what the claim's tasks accept (the claim module's own declaration). */
    @Bean
    org.parceldesk.workflow.DeclaredTaskFields claimBaselineTaskFields(
            @org.springframework.beans.factory.annotation.Qualifier("claimTaskFields") org.parceldesk.workflow.DeclaredTaskFields claim) {
        return new org.parceldesk.workflow.DeclaredTaskFields(BaselineModel.CLAIM_KEY, claim.fieldsByTask());
    }

    /** Registered as a member of this configuration. */
    @RestController
    static class BaselineController {

        private static final AtomicLong NEXT = new AtomicLong();
        private final RuntimeService runtime;
        private final org.camunda.bpm.engine.HistoryService history;

        BaselineController(RuntimeService runtime, org.camunda.bpm.engine.HistoryService history) {
            this.runtime = runtime;
            this.history = history;
        }

        /**
         * Starts the claim baseline with the variables ParcelDesk's claim intake gives its process plus
         * those its delegates would compute for the benchmarked claim, so that it takes the same path.
         */
        @PostMapping("/api/bench/baseline-claim")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> startClaim() {
            String key = "BC" + System.nanoTime() + "-" + NEXT.incrementAndGet();
            String id = runtime.startProcessInstanceByKey(BaselineModel.CLAIM_KEY, key, Variables.createVariables()
                    .putValue("caseNo", key).putValue("claimOrigin", "API").putValue("reportedLossType", "LOSS")
                    .putValue("claimWindowOpen", true).putValue("payout", 3005.0).putValue("approvalLevel", "MANAGER")
                    .putValue("claimOutcome", "SETTLED").putValue("insuranceRecovery", false)
                    .putValue("disputeToSupervisor", false)).getId();
            return Map.of("caseNo", key, "id", id);
        }

        /** What a client polls after the customer's acceptance: has the payment step run? (one query, like the claim view) */
        @org.springframework.web.bind.annotation.GetMapping("/api/bench/baseline-claim/{id}")
        Map<String, Object> claimState(@org.springframework.web.bind.annotation.PathVariable String id) {
            boolean paid = history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId("Task_CloseSettled")
                    .finished().count() > 0;
            return Map.of("id", id, "status", paid ? "SETTLED" : "OPEN");
        }

        /** Starts the baseline with the four variables ParcelDesk's intake gives the complaint process. */
        @PostMapping("/api/bench/baseline")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> start() {
            String key = "BB" + System.nanoTime() + "-" + NEXT.incrementAndGet();
            String id = runtime.startProcessInstanceByKey(BaselineModel.KEY, key, Variables.createVariables()
                    .putValue("caseNo", key).putValue("category", "DELAY").putValue("channel", "API")
                    .putValue("priority", "NORMAL")
                    // what ParcelDesk's start listener would choose; read only by the escalations
                    .putValue("firstContactSla", "complaint-first-contact").putValue("resolutionSla", "complaint-resolution")).getId();
            return Map.of("caseNo", key, "id", id);
        }
    }
}
