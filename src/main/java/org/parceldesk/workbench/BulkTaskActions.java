package org.parceldesk.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.parceldesk.common.CaseTimeline;
import org.parceldesk.common.Messages;
import org.parceldesk.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claim, unclaim and reassign several tasks at once. Each task is its own transaction and runs as
 * the signed-in user through the engine's task service, so the engine's authorizations and
 * TaskAccessGuard decide exactly as they do for Tasklist and engine REST: a handler may claim what
 * is offered to them and hand it to another candidate; only a supervisor of the process may give it
 * to someone outside its candidates. A refused task leaves nothing behind and does not stop the others.
 *
 * <p>The case timeline records each change in the same transaction as the change itself. Handing a
 * task to someone else (or a supervisor taking a task not offered to them) is recorded by
 * TaskAccessGuard already; claiming and unclaiming are recorded here.
 */
@Service
class BulkTaskActions {

    private static final Logger log = LoggerFactory.getLogger(BulkTaskActions.class);

    enum Action { CLAIM, UNCLAIM, REASSIGN }

    /** The outcome for one task; {@code message} is a sentence for the user. */
    record Result(String taskId, String caseNo, String taskName, boolean done, String message) {
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final WorkbenchTasks visible;
    private final StaffDirectory staff;
    private final ObjectProvider<CaseTimeline> timelines;
    private final TransactionTemplate transaction;

    BulkTaskActions(TaskService tasks, IdentityService identity, WorkbenchTasks visible, StaffDirectory staff,
            ObjectProvider<CaseTimeline> timelines, TransactionTemplate transaction) {
        this.tasks = tasks;
        this.identity = identity;
        this.visible = visible;
        this.staff = staff;
        this.timelines = timelines;
        this.transaction = transaction;
    }

    List<Result> apply(Viewer viewer, Action action, List<String> taskIds, String assignee, WorkbenchTexts.Texts t) {
        List<Result> results = new ArrayList<>();
        String target = assignee == null ? null : assignee.strip();
        if (action == Action.REASSIGN && (target == null || target.isEmpty() || !staff.userExists(target))) {
            String message = target == null || target.isEmpty() ? t.get("bulk.noAssignee") : t.format("bulk.unknownUser", target);
            for (String id : new java.util.LinkedHashSet<>(taskIds)) {
                results.add(new Result(id, null, null, false, message));
            }
            return results;
        }
        for (String taskId : new java.util.LinkedHashSet<>(taskIds)) {
            results.add(one(viewer, action, taskId, target, t));
        }
        return results;
    }

    private Result one(Viewer viewer, Action action, String taskId, String target, WorkbenchTexts.Texts t) {
        Optional<WorkTask> shown = visible.visible(viewer, taskId);
        if (shown.isEmpty()) {
            return new Result(taskId, null, null, false, t.get("bulk.gone"));
        }
        WorkTask task = shown.get();
        try {
            String done = transaction.execute(status -> change(viewer, action, task, target, t));
            return new Result(taskId, task.caseNo(), task.name(), true, done);
        } catch (TaskAlreadyClaimedException e) {
            return refused(task, t.format("bulk.alreadyClaimed", e.getTaskAssignee()));
        } catch (AuthorizationException e) {
            // TaskAccessGuard's refusals are sentences in Chinese and English; the engine's own are not
            String message = e.getClass() == AuthorizationException.class ? t.get("bulk.notAllowed")
                    : t.pick(e.getMessage());
            return refused(task, message);
        } catch (ProcessEngineException e) {
            log.info("Workbench {} of task {} by {} refused: {}", action, taskId, viewer.userId(), e.getMessage());
            return refused(task, t.get("bulk.gone"));
        }
    }

    /** Runs an engine command as the user, so that the engine's and ParcelDesk's checks apply to them. */
    private void asUser(Viewer viewer, Runnable command) {
        identity.setAuthentication(viewer.userId(), viewer.groups());
        try {
            command.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Reads the task as the application (a supervisor need not hold READ on a team task), changes it as the user. */
    private String change(Viewer viewer, Action action, WorkTask task, String target, WorkbenchTexts.Texts t) {
        Task current = tasks.createTaskQuery().taskId(task.id()).singleResult();
        if (current == null) {
            throw new ProcessEngineException("task " + task.id() + " is gone");
        }
        switch (action) {
            case CLAIM -> {
                if (viewer.userId().equals(current.getAssignee())) {
                    return t.get("bulk.claimedAlready");
                }
                boolean candidate = isCandidate(viewer, task.id());
                if (candidate) {
                    asUser(viewer, () -> tasks.claim(task.id(), viewer.userId()));
                } else {
                    // a supervisor taking a team task not offered to them: an assignment the guard checks and records
                    asUser(viewer, () -> tasks.setAssignee(task.id(), viewer.userId()));
                }
                if (candidate) {
                    // not the guard's: a candidate claiming is not an access change to it
                    record(task, viewer.userId(), both("workbench.record.claimed", task.name()));
                }
                return t.get("bulk.claimed");
            }
            case UNCLAIM -> {
                if (current.getAssignee() == null) {
                    return t.get("bulk.unclaimedAlready");
                }
                String previous = current.getAssignee();
                asUser(viewer, () -> tasks.setAssignee(task.id(), null));
                record(task, viewer.userId(), both("workbench.record.unclaimed", task.name(), previous));
                return t.get("bulk.unclaimed");
            }
            default -> {
                if (target.equals(current.getAssignee())) {
                    return t.format("bulk.reassignedAlready", target);
                }
                boolean candidate = isCandidate(viewer, task.id());
                asUser(viewer, () -> tasks.setAssignee(task.id(), target));
                if (target.equals(viewer.userId()) && candidate) {
                    record(task, viewer.userId(), both("workbench.record.claimed", task.name()));
                }
                return t.format("bulk.reassigned", target);
            }
        }
    }

    /** A timeline record, stored in both languages like the guard's ({@code TaskAccessChange}): "中文 / English". */
    private static String both(String key, Object... args) {
        return Messages.text(Messages.DEFAULT, key, args) + " / " + Messages.text(Locale.ENGLISH, key, args);
    }

    private boolean isCandidate(Viewer viewer, String taskId) {
        Set<String> groups = new HashSet<>(viewer.groups());
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (viewer.userId().equals(link.getUserId()) || groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private void record(WorkTask task, String actor, String description) {
        for (CaseTimeline timeline : timelines.orderedStream().toList()) {
            if (timeline.recordTaskAccessChange(task.caseNo(), actor, description)) {
                return;
            }
        }
        // claims keep no timeline of their own; Camunda's operation log keeps the change
        log.info("Task {} of case {} by {}: {}", task.id(), task.caseNo(), actor, description);
    }

    private static Result refused(WorkTask task, String message) {
        return new Result(task.id(), task.caseNo(), task.name(), false, message);
    }
}
