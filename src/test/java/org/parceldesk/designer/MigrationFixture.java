package org.parceldesk.designer;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The migration test models under a process key of their own (tests share one engine), and the
 * batch jobs that the (switched off) job executor would run.
 */
final class MigrationFixture {

    final String key = "designer_migration_" + UUID.randomUUID().toString().substring(0, 8);
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    MigrationFixture(RepositoryService repository, RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    ProcessDefinition deploy(String model) {
        String bpmn = TestModels.replace(TestModels.read(model), "id=\"designer_migration\"", "id=\"" + key + "\"");
        String deploymentId = repository.createDeployment().name(key)
                .addString("designer-task.form", TestModels.read("designer-task.form"))
                .addString(key + ".bpmn", bpmn).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    ProcessInstance start(String businessKey) {
        return runtime.startProcessInstanceByKey(key, businessKey);
    }

    void complete(ProcessInstance instance, String taskDefinitionKey) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult().getId());
    }

    String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    List<String> activitiesOf(ProcessInstance instance) {
        return runtime.getActiveActivityIds(instance.getId());
    }

    /** Runs the seed, migration and monitor jobs until the batch is done (bounded). */
    void runBatch(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (int round = 0; round < 20 && management.createBatchQuery().batchId(batchId).count() > 0; round++) {
            for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId())) {
                for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                    management.executeJob(job.getId());
                }
            }
        }
        if (management.createBatchQuery().batchId(batchId).count() > 0) {
            throw new IllegalStateException("batch " + batchId + " did not finish");
        }
    }
}
