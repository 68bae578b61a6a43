package org.parceldesk.designer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.designer.DryRunReport.InstanceReport;
import org.parceldesk.designer.MigrationPlanView.Instruction;
import org.parceldesk.designer.MigrationPlanView.SourcePlan;
import org.parceldesk.designer.MigrationPlanView.Unmapped;
import org.parceldesk.designer.MigrationRequest.ActivityMapping;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running process instances from one deployed version to another — what Cockpit's migration
 * screen does in Camunda's Enterprise edition. Plans map equal activity ids and take explicit
 * mappings for renamed ones. A dry run tries each instance in its own transaction and rolls it back,
 * so the report holds the engine's own verdict per instance; execute migrates the movable instances
 * as a Camunda batch (run by the job executor on any node).
 */
@Service
public class Migrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final TransactionTemplate rolledBack;
    private final MigrationProperties properties;
    private final Messages messages;

    Migrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
            HistoryService history, PlatformTransactionManager transactions, MigrationProperties properties,
            Messages messages) {
        this.messages = messages;
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.rolledBack = new TransactionTemplate(transactions);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    /** Keys of all deployed processes, for picking one. */
    public List<String> processKeys() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .stream().map(ProcessDefinition::getKey).distinct().toList();
    }

    /** Every version of a process, newest first, with its running instances. */
    public List<DefinitionVersion> versions(String processDefinitionKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
                .orderByProcessDefinitionVersion().desc().list().stream().map(this::view).toList();
    }

    public MigrationPlanView plan(MigrationRequest request) {
        ProcessDefinition target = target(request);
        List<SourcePlan> plans = sources(request, target).stream()
                .map(source -> planFor(source, target, request).view()).toList();
        return new MigrationPlanView(view(target), plans);
    }

    public DryRunReport dryRun(MigrationRequest request) {
        ProcessDefinition target = target(request);
        List<DryRunReport.SourceReport> reports = new ArrayList<>();
        for (ProcessDefinition source : sources(request, target)) {
            reports.add(tryEach(planFor(source, target, request), request));
        }
        return new DryRunReport(view(target), reports);
    }

    /** Starts one batch per source version with the instances a dry run found movable. */
    public MigrationExecution execute(MigrationRequest request) {
        ProcessDefinition target = target(request);
        List<MigrationExecution.SourceBatch> batches = new ArrayList<>();
        for (ProcessDefinition source : sources(request, target)) {
            BuiltPlan plan = planFor(source, target, request);
            if (plan.plan() == null) {
                throw ApiProblem.unprocessable("mappings", messages.get("designer.migration.plan-invalid",
                        source.getId(), target.getId(), String.join("; ", plan.problems())));
            }
            DryRunReport.SourceReport tried = tryEach(plan, request);
            List<String> movable = tried.movable().stream().map(InstanceReport::processInstanceId).toList();
            String batchId = movable.isEmpty() ? null
                    : runtime.newMigration(plan.plan()).processInstanceIds(movable).executeAsync().getId();
            batches.add(new MigrationExecution.SourceBatch(source.getId(), batchId, movable.size(), tried.blocked(),
                    tried.notChecked()));
        }
        return new MigrationExecution(view(target), batches);
    }

    public BatchView batch(String batchId) {
        BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (running != null) {
            List<String> failures = management.createJobQuery().jobDefinitionId(running.getBatchJobDefinitionId())
                    .withException().list().stream().map(job -> job.getExceptionMessage()).toList();
            return new BatchView(running.getId(), running.getType(), running.getTotalJobs(), running.getRemainingJobs(),
                    running.getCompletedJobs(), running.getFailedJobs(), running.isSuspended(), false,
                    instant(running.getStartTime()), null, failures);
        }
        HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (done == null) {
            throw notFound(messages.get("designer.migration.batch-not-found", batchId));
        }
        return new BatchView(done.getId(), done.getType(), done.getTotalJobs(), 0, done.getTotalJobs(), 0, false,
                done.getEndTime() != null, instant(done.getStartTime()), instant(done.getEndTime()), List.of());
    }

    // --- plans ---

    private record BuiltPlan(ProcessDefinition source, MigrationPlan plan, List<Instruction> instructions,
            List<Unmapped> unmapped, List<String> problems, DefinitionVersion sourceView) {

        SourcePlan view() {
            return new SourcePlan(sourceView, instructions, unmapped, problems);
        }
    }

    private BuiltPlan planFor(ProcessDefinition source, ProcessDefinition target, MigrationRequest request) {
        Set<String> overridden = request.mappings().stream().map(ActivityMapping::sourceActivityId)
                .collect(Collectors.toSet());
        MigrationPlan plan;
        List<String> problems = new ArrayList<>();
        try {
            var generated = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
            MigrationPlan equal = (request.updateEventTriggers() ? generated.updateEventTriggers() : generated).build();
            if (request.mappings().isEmpty()) {
                plan = equal;
            } else {
                MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
                for (MigrationInstruction instruction : equal.getInstructions()) {
                    if (!overridden.contains(instruction.getSourceActivityId())) {
                        var mapped = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
                        if (instruction.isUpdateEventTrigger()) {
                            mapped.updateEventTrigger();
                        }
                    }
                }
                for (ActivityMapping mapping : request.mappings()) {
                    var mapped = builder.mapActivities(mapping.sourceActivityId(), mapping.targetActivityId());
                    if (mapping.updateEventTrigger()) {
                        mapped.updateEventTrigger();
                    }
                }
                plan = builder.build();
            }
        } catch (MigrationPlanValidationException invalid) {
            plan = null;
            problems.addAll(describe(invalid.getValidationReport()));
        } catch (ProcessEngineException invalid) {
            plan = null;
            problems.add(invalid.getMessage());
        }
        List<Instruction> instructions = plan == null
                ? request.mappings().stream().map(m -> new Instruction(m.sourceActivityId(), m.targetActivityId(),
                        m.updateEventTrigger())).toList()
                : plan.getInstructions().stream().map(i -> new Instruction(i.getSourceActivityId(),
                        i.getTargetActivityId(), i.isUpdateEventTrigger())).toList();
        return new BuiltPlan(source, plan, instructions, unmapped(source, instructions), problems, view(source));
    }

    /** Flow nodes of the source that no instruction maps, with how many instances wait in each. */
    private List<Unmapped> unmapped(ProcessDefinition source, List<Instruction> instructions) {
        Set<String> mapped = instructions.stream().map(Instruction::sourceActivityId).collect(Collectors.toSet());
        Collection<FlowNode> nodes = repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class);
        return nodes.stream().filter(node -> !mapped.contains(node.getId()))
                .map(node -> new Unmapped(node.getId(), node.getName(),
                        runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                                .activityIdIn(node.getId()).count()))
                .sorted(Comparator.comparing(Unmapped::waitingInstances).reversed().thenComparing(Unmapped::activityId))
                .toList();
    }

    private static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }

    private List<String> describe(MigrationPlanValidationReport report) {
        List<String> problems = new ArrayList<>();
        report.getInstructionReports().forEach(instruction -> instruction.getFailures().forEach(failure ->
                problems.add(instruction.getMigrationInstruction().getSourceActivityId() + " → "
                        + instruction.getMigrationInstruction().getTargetActivityId() + ": " + failure)));
        report.getVariableReports().forEach((name, variable) -> variable.getFailures().forEach(failure ->
                problems.add(messages.get("designer.migration.variable", name, failure))));
        return problems;
    }

    // --- instances ---

    private DryRunReport.SourceReport tryEach(BuiltPlan plan, MigrationRequest request) {
        ProcessInstanceQuery query = instances(plan.source(), request);
        long total = query.count();
        List<ProcessInstance> instances = query.orderByProcessInstanceId().asc().listPage(0, properties.dryRunLimit());
        List<InstanceReport> movable = new ArrayList<>();
        List<InstanceReport> blocked = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            List<String> activities = runtime.getActiveActivityIds(instance.getId());
            if (plan.plan() == null) {
                blocked.add(report(instance, activities,
                        List.of(messages.get("designer.migration.plan-invalid.short"))));
                continue;
            }
            List<String> reasons = tryMigration(plan.plan(), instance.getId());
            (reasons.isEmpty() ? movable : blocked).add(report(instance, activities, reasons));
        }
        return new DryRunReport.SourceReport(plan.view(), movable, blocked, instances.size(), total - instances.size());
    }

    /** Migrates one instance in a transaction that is always rolled back; the engine's objections, if any. */
    private List<String> tryMigration(MigrationPlan plan, String processInstanceId) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
            });
            return List.of();
        } catch (MigratingProcessInstanceValidationException refused) {
            return describe(refused.getValidationReport());
        } catch (ProcessEngineException refused) {
            return List.of(refused.getMessage());
        }
    }

    private static List<String> describe(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
                .forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
        report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
                .forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
        return reasons.stream().distinct().toList();
    }

    private ProcessInstanceQuery instances(ProcessDefinition source, MigrationRequest request) {
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
        if (!request.processInstanceIds().isEmpty()) {
            query.processInstanceIds(Set.copyOf(request.processInstanceIds()));
        }
        return query;
    }

    private static InstanceReport report(ProcessInstance instance, List<String> activities, List<String> reasons) {
        return new InstanceReport(instance.getId(), instance.getBusinessKey(), activities, reasons);
    }

    // --- definitions ---

    private ProcessDefinition target(MigrationRequest request) {
        if (request.targetDefinitionId() != null && !request.targetDefinitionId().isBlank()) {
            return definition(request.targetDefinitionId(), "targetDefinitionId");
        }
        String key = key(request);
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            throw notFound(messages.get("designer.migration.process-not-found", key));
        }
        return latest;
    }

    private List<ProcessDefinition> sources(MigrationRequest request, ProcessDefinition target) {
        if (request.sourceDefinitionId() != null && !request.sourceDefinitionId().isBlank()) {
            ProcessDefinition source = definition(request.sourceDefinitionId(), "sourceDefinitionId");
            if (source.getId().equals(target.getId())) {
                throw ApiProblem.unprocessable("targetDefinitionId", messages.get("designer.migration.same-version"));
            }
            return List.of(source);
        }
        String key = key(request);
        Map<String, ProcessDefinition> older = new LinkedHashMap<>();
        repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion().asc()
                .list().stream()
                .filter(definition -> definition.getVersion() < target.getVersion())
                .filter(definition -> runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() > 0)
                .forEach(definition -> older.put(definition.getId(), definition));
        return List.copyOf(older.values());
    }

    private String key(MigrationRequest request) {
        if (request.processDefinitionKey() != null && !request.processDefinitionKey().isBlank()) {
            return request.processDefinitionKey();
        }
        if (request.sourceDefinitionId() != null && !request.sourceDefinitionId().isBlank()) {
            return definition(request.sourceDefinitionId(), "sourceDefinitionId").getKey();
        }
        throw ApiProblem.invalid("processDefinitionKey", messages.get("designer.migration.key-missing"));
    }

    private ProcessDefinition definition(String id, String field) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw ApiProblem.unprocessable(field, messages.get("designer.migration.no-definition", id));
        }
        return definition;
    }

    private DefinitionVersion view(ProcessDefinition definition) {
        return new DefinitionVersion(definition.getId(), definition.getKey(), definition.getName(),
                definition.getVersion(), definition.getVersionTag(), definition.getDeploymentId(),
                runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
