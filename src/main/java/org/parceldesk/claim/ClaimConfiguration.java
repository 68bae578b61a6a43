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

    /** What a client may send with each task of {@code claim-compensation}. */
    @Bean
    DeclaredTaskFields claimTaskFields() {
        return ClaimProcess.TASK_FIELDS;
    }
}
