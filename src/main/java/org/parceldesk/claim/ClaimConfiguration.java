package org.parceldesk.claim;

import java.time.Clock;
import org.parceldesk.workflow.DeclaredTaskFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClaimConfiguration {

    /** The pure calculator, with the configured payout terms and the application clock. */
    @Bean
    PayoutCalculator payoutCalculator(PayoutPolicy policy, Clock clock) {
        return new PayoutCalculator(policy, clock);
    }

    /**
     * Named after its class like every claim delegate and listener; {@code claimStatus} (the name before,
     * {@code ClaimStatus} being the status enum) stays as an alias, because the claim-compensation versions
     * deployed before call {@code ${claimStatus.enter(…)}} and their running instances must go on. Only the
     * shipped model's name is on the model checks' allow-list: a new model calls {@code claimStatusListener}.
     */
    @Bean({"claimStatusListener", "claimStatus"})
    ClaimStatusListener claimStatusListener(ClaimSteps steps) {
        return new ClaimStatusListener(steps);
    }

    /** What a client may send with each task of {@code claim-compensation}. */
    @Bean
    DeclaredTaskFields claimTaskFields() {
        return ClaimProcess.TASK_FIELDS;
    }
}
