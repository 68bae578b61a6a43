package org.parceldesk.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Hands event publications whose reaction failed (or whose node died) to their listeners again, every
 * {@code parceldesk.events.retry.interval}, once they are older than {@code older-than}. Every node
 * runs it: the reactions are idempotent (a repeated report finds the existing violation case, a
 * repeated link changes nothing), so two nodes retrying the same publication do no harm.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "parceldesk.events.retry", name = "enabled", havingValue = "true", matchIfMissing = true)
class IncompleteEventRetry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(IncompleteEventRetry.class);

    private final IncompleteEventPublications publications;
    private final EventRetryProperties properties;

    IncompleteEventRetry(IncompleteEventPublications publications, EventRetryProperties properties) {
        this.publications = publications;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::retry, properties.interval());
    }

    void retry() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(properties.olderThan());
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next round tries again
            log.warn("Retrying incomplete event publications failed: {}", e.toString());
        }
    }
}
