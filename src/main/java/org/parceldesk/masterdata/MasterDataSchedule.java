package org.parceldesk.masterdata;

import org.parceldesk.common.ZoneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Ends courier suspensions whose last day has passed, daily at {@code parceldesk.master-data.reinstatement-cron}
 * (business zone; "-" = off). Every node runs it; the conditional update reinstates and audits each
 * courier once.
 */
@Component
class MasterDataSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MasterDataSchedule.class);

    private final MasterDataLifecycle lifecycle;
    private final String cron;
    private final ZoneProperties zone;

    MasterDataSchedule(MasterDataLifecycle lifecycle,
                       @Value("${parceldesk.master-data.reinstatement-cron:0 5 0 * * *}") String cron, ZoneProperties zone) {
        this.lifecycle = lifecycle;
        this.cron = cron;
        this.zone = zone;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if ("-".equals(cron)) {
            return;
        }
        registrar.addCronTask(new CronTask(() -> {
            try {
                lifecycle.reinstateExpiredSuspensions();
            } catch (RuntimeException e) {
                log.warn("Ending expired courier suspensions failed; it runs again at the next trigger", e);
            }
        }, new CronTrigger(cron, zone.zone())));
    }
}
