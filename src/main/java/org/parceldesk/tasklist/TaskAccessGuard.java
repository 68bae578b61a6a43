package org.parceldesk.tasklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.parceldesk.common.CaseTimeline;
import org.parceldesk.common.Messages;
import org.parceldesk.security.TaskAccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity links are access control: a task's candidates decide who sees it. Inside every engine
 * command a signed-in user sends (engine REST, Tasklist, Java API with an authentication), this
 * refuses changing candidates, owner or delegation, and assigning to someone who is not a candidate,
 * unless the user is a supervisor of the task's process or an admin (see {@link TaskAccessProperties}).
 * Claiming, unclaiming and handing a task to another candidate stay open to everyone who may work it.
 *
 * <p>The check runs before the command, so a refused change writes nothing (no identity link, no
 * authorization). An allowed change lands on the case timeline; removing a candidate also removes
 * the task grants the engine gave it when it was added (the engine keeps them otherwise).
 */
class TaskAccessGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TaskAccessGuard.class);
    /** Only the user's own command counts: commands the engine nests inside it are the engine's. */
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final TaskAccessProperties properties;
    private final Supplier<List<CaseTimeline>> timelines;

    TaskAccessGuard(TaskAccessProperties properties, Supplier<List<CaseTimeline>> timelines) {
        this.properties = properties;
        this.timelines = timelines;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (DEPTH.get() > 0) {
            return next.execute(command);
        }
        DEPTH.set(DEPTH.get() + 1);
        try {
            return guarded(command);
        } finally {
            DEPTH.remove();
        }
    }

    private <T> T guarded(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        String actor = context == null ? null : context.getAuthenticatedUserId();
        List<TaskAccessChange> changes = actor == null ? List.of() : changesOf(command, context);
        if (changes.isEmpty()) {
            return next.execute(command);
        }
        List<TaskAccessChange> recorded = new ArrayList<>();
        for (TaskAccessChange change : changes) {
            TaskEntity task = context.getTaskManager().findTaskById(change.taskId());
            if (task == null) {
                continue; // the command itself reports the missing task
            }
            if (needsSupervisor(change, task, context)) {
                requireSupervisor(change, task, actor, context);
                recorded.add(change);
            } else if (change.kind() == TaskAccessChange.Kind.ASSIGN && change.userId() != null
                    && !change.userId().equals(actor)) {
                recorded.add(change); // handing the task to another candidate: the team sees who did it
            }
        }
        T result = next.execute(command);
        for (TaskAccessChange change : recorded) {
            TaskEntity task = context.getTaskManager().findTaskById(change.taskId());
            if (task != null) {
                revokeRemovedCandidate(change, task, context);
                record(change, task, actor);
            }
        }
        return result;
    }

    private static List<TaskAccessChange> changesOf(Command<?> command, CommandContext context) {
        TaskAccessChange change = EngineCommands.changeOf(command);
        if (change != null) {
            return List.of(change);
        }
        TaskEntity saved = EngineCommands.savedTask(command);
        if (saved == null || saved.getId() == null) {
            return List.of();
        }
        // saveTask (PUT /task/{id}) may carry a new assignee or owner: compare with the stored row,
        // read past the entity cache so that the engine's own merge of the saved task is undisturbed
        TaskEntity stored = (TaskEntity) context.getDbSqlSession().selectOne("selectTask", saved.getId());
        if (stored == null) {
            return List.of();
        }
        List<TaskAccessChange> changes = new ArrayList<>();
        if (!Objects.equals(stored.getAssignee(), saved.getAssignee())) {
            changes.add(new TaskAccessChange(saved.getId(), TaskAccessChange.Kind.ASSIGN, saved.getAssignee(), null));
        }
        if (!Objects.equals(stored.getOwner(), saved.getOwner())) {
            changes.add(new TaskAccessChange(saved.getId(),
                    saved.getOwner() == null ? TaskAccessChange.Kind.REMOVE_OWNER : TaskAccessChange.Kind.SET_OWNER,
                    saved.getOwner(), null));
        }
        if (!Objects.equals(stored.getDelegationState(), saved.getDelegationState())) {
            changes.add(new TaskAccessChange(saved.getId(), TaskAccessChange.Kind.DELEGATE, saved.getAssignee(), null));
        }
        return changes;
    }

    private boolean needsSupervisor(TaskAccessChange change, TaskEntity task, CommandContext context) {
        return switch (change.kind()) {
            case UNASSIGN -> false;
            case ASSIGN -> change.userId() != null && !change.userId().equals(task.getAssignee())
                    && !isCandidate(change.userId(), task, context);
            default -> true;
        };
    }

    private void requireSupervisor(TaskAccessChange change, TaskEntity task, String actor, CommandContext context) {
        String processKey = processKey(task);
        Set<String> allowed = new HashSet<>(properties.adminGroups());
        allowed.addAll(properties.supervisorsOf(processKey));
        List<String> groups = context.getAuthenticatedGroupIds();
        if (groups != null && groups.stream().anyMatch(allowed::contains)) {
            return;
        }
        String who = change.whom();
        log.debug("{} may not change access to task {} of {}", actor, task.getId(), processKey);
        // "中文 English" from the bundles: engine REST (RefusalText) and the workbench pick the reader's half
        String key = switch (change.kind()) {
            case ASSIGN -> "tasklist.refused.assign-non-candidate";
            case DELEGATE -> "tasklist.refused.delegate";
            case SET_OWNER, REMOVE_OWNER -> "tasklist.refused.owner";
            default -> "tasklist.refused.candidates";
        };
        throw new TaskAccessRefused(Messages.text(Messages.DEFAULT, key, who) + " " + Messages.text(Locale.ENGLISH, key, who));
    }

    private static boolean isCandidate(String userId, TaskEntity task, CommandContext context) {
        List<IdentityLinkEntity> candidates = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        if (candidates.stream().anyMatch(link -> userId.equals(link.getUserId()))) {
            return true;
        }
        Set<String> groups = new HashSet<>(context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
                .createGroupQuery(context).groupMember(userId).list().stream().map(Group::getId).toList()));
        return candidates.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    /** The engine never withdraws the grants it gave a candidate; a removed candidate must not keep seeing the task. */
    private static void revokeRemovedCandidate(TaskAccessChange change, TaskEntity task, CommandContext context) {
        if (change.kind() != TaskAccessChange.Kind.REMOVE_CANDIDATE) {
            return;
        }
        if (change.groupId() != null) {
            context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, task.getId(), change.groupId());
            context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndGroupId(Resources.HISTORIC_TASK, task.getId(), change.groupId());
        } else if (change.userId() != null && !change.userId().equals(task.getAssignee())
                && !change.userId().equals(task.getOwner())) {
            context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), change.userId());
            context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndUserId(Resources.HISTORIC_TASK, task.getId(), change.userId());
        }
    }

    private void record(TaskAccessChange change, TaskEntity task, String actor) {
        String caseNo = caseNumber(task);
        String description = change.describe(task.getName());
        boolean onTimeline = caseNo != null && timelines.get().stream()
                .anyMatch(timeline -> timeline.recordTaskAccessChange(caseNo, actor, description));
        // a task outside the three case processes has no case timeline: Camunda's operation log keeps the change
        log.info("Task access changed on case {} by {}: {}{}", caseNo == null ? "-" : caseNo, actor, description,
                onTimeline ? "" : " (no case timeline)");
    }

    private static String processKey(TaskEntity task) {
        ProcessDefinitionEntity definition = task.getProcessDefinitionId() == null ? null : task.getProcessDefinition();
        return definition == null ? null : definition.getKey();
    }

    private static String caseNumber(TaskEntity task) {
        ExecutionEntity instance = task.getProcessInstanceId() == null ? null : task.getProcessInstance();
        return instance == null ? null : instance.getBusinessKey();
    }
}
