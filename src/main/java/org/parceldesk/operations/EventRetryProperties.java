package org.parceldesk.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retry of event reactions that failed (docs/architecture.md, "Events between modules").
 *
 * @param enabled   whether this node retries incomplete event publications while it runs
 * @param interval  how often it looks for them
 * @param olderThan only publications at least this old are retried, so that a reaction still running
 *                  on any node is not started a second time
 */
@ConfigurationProperties("parceldesk.events.retry")
record EventRetryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("5m") Duration olderThan) {
}
