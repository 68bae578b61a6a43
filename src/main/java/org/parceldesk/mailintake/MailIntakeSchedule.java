package org.parceldesk.mailintake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls the service mailbox every {@code parceldesk.mail-intake.interval} (fixed delay) when
 * {@code parceldesk.mail-intake.enabled} is true. Every node schedules it; the lease row lets one
 * node at a time read the mailbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "parceldesk.mail-intake", name = "enabled", havingValue = "true")
class MailIntakeSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeSchedule.class);

    private final MailboxPollers pollers;
    private final MailIntakeProperties properties;

    MailIntakeSchedule(MailboxPollers pollers, MailIntakeProperties properties) {
        this.pollers = pollers;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        MailboxPoller poller = pollers.create();
        registrar.addFixedDelayTask(poller::pollOnce, properties.interval());
        log.info("Mail intake {} polls {}:{} folder {} every {}", poller.node(), properties.host(), properties.port(),
                properties.folder(), properties.interval());
    }
}
