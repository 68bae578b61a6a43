package org.parceldesk.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code engine}: the process engine can read its own tables (a query through the
 * engine's command stack, not a bare JDBC ping), and whether this node's job executor runs. Camunda's
 * own indicators are switched off (management.health.camunda.enabled=false): one only reports the
 * engine's name, the other reports DOWN on a node that runs without a job executor on purpose.
 * Part of the readiness group that load balancers ask (docs/operations.md).
 */
@Component("engineHealthIndicator")
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;

    EngineHealthIndicator(ProcessEngine engine) {
        super("Process engine health check failed");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        health.up().withDetail("name", engine.getName()).withDetail("deployments", deployments);
        if (engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuration) {
            JobExecutor jobs = configuration.getJobExecutor();
            // informational: a node without a job executor still serves requests
            health.withDetail("jobExecutor", jobs != null && jobs.isActive() ? "active" : "inactive");
        }
    }
}
