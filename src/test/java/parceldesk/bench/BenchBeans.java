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

    /** Registered as a member of this configuration. */
    @RestController
    static class BaselineController {

        private static final AtomicLong NEXT = new AtomicLong();
        private final RuntimeService runtime;

        BaselineController(RuntimeService runtime) {
            this.runtime = runtime;
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
