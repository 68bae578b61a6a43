package org.parceldesk.tasklist;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Reads what a task command is about to change. The engine's task commands keep their arguments in
 * protected fields without getters (checked against Camunda 7.24: {@code AbstractSetTaskPropertyCmd.taskId},
 * {@code AbstractAddIdentityLinkCmd.userId/groupId/type}, {@code DeleteIdentityLinkCmd.*},
 * {@code ClaimTaskCmd}/{@code DelegateTaskCmd}{@code .taskId/userId}, {@code SaveTaskCmd.task});
 * TaskAccessGuardIT fails if a Camunda upgrade renames them.
 */
final class EngineCommands {

    private EngineCommands() {
    }

    /** The change a command makes to who works a task, or null for any other command. */
    static TaskAccessChange changeOf(Command<?> command) {
        if (command instanceof AbstractAddIdentityLinkCmd) {
            return new TaskAccessChange(field(command, "taskId"), kind((String) field(command, "type"), true),
                    field(command, "userId"), field(command, "groupId"));
        }
        if (command instanceof DeleteIdentityLinkCmd) {
            return new TaskAccessChange(field(command, "taskId"), kind((String) field(command, "type"), false),
                    field(command, "userId"), field(command, "groupId"));
        }
        if (command instanceof ClaimTaskCmd) {
            return new TaskAccessChange(field(command, "taskId"), TaskAccessChange.Kind.ASSIGN, field(command, "userId"), null);
        }
        if (command instanceof DelegateTaskCmd) {
            return new TaskAccessChange(field(command, "taskId"), TaskAccessChange.Kind.DELEGATE, field(command, "userId"), null);
        }
        return null;
    }

    /** The task a {@code saveTask} call writes (assignee and owner may have been changed on it). */
    static TaskEntity savedTask(Command<?> command) {
        return command instanceof SaveTaskCmd ? field(command, "task") : null;
    }

    private static TaskAccessChange.Kind kind(String type, boolean add) {
        if (IdentityLinkType.ASSIGNEE.equals(type)) {
            return add ? TaskAccessChange.Kind.ASSIGN : TaskAccessChange.Kind.UNASSIGN;
        }
        if (IdentityLinkType.OWNER.equals(type)) {
            return add ? TaskAccessChange.Kind.SET_OWNER : TaskAccessChange.Kind.REMOVE_OWNER;
        }
        return add ? TaskAccessChange.Kind.ADD_CANDIDATE : TaskAccessChange.Kind.REMOVE_CANDIDATE;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, String name) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + target.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no field " + name
                + ": the task access guard needs adapting to this Camunda version");
    }
}
