package org.parceldesk.designer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The migration test models for tests outside this package (the console page). */
public final class ConsoleMigrationFixture {

    private final MigrationFixture fixture;

    /** A fresh process key on {@code engine}: each test deploys its own versions. */
    public ConsoleMigrationFixture(ProcessEngine engine) {
        this.fixture = new MigrationFixture(engine.getRepositoryService(), engine.getRuntimeService(),
                engine.getTaskService(), engine.getManagementService());
    }

    public String key() {
        return fixture.key;
    }

    public ProcessDefinition deploy(String model) {
        return fixture.deploy(model);
    }

    public ProcessInstance start(String businessKey) {
        return fixture.start(businessKey);
    }

    public void complete(ProcessInstance instance, String taskDefinitionKey) {
        fixture.complete(instance, taskDefinitionKey);
    }

    public void runBatch(String batchId) {
        fixture.runBatch(batchId);
    }
}
