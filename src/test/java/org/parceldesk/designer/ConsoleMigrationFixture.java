package org.parceldesk.designer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The migration test models for tests outside this package (the console page). */
public final class ConsoleMigrationFixture {

    private final MigrationFixture fixture;

    public ConsoleMigrationFixture(RepositoryService repository, RuntimeService runtime, TaskService tasks,
            ManagementService management) {
        this.fixture = new MigrationFixture(repository, runtime, tasks, management);
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
