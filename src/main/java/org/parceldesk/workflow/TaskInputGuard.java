package org.parceldesk.workflow;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskFailureCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.parceldesk.common.Messages;

/**
 * Engine REST is a public API: whoever holds a task can send any variable with it. For every
 * command a client calls (see {@link EngineClientCalls}) this interceptor checks what would be
 * written, before anything is:
 * <ul>
 *   <li>completing, submitting or resolving a task, throwing a BPMN error or escalation from it,
 *       and setting, changing or removing its variables accept only the fields that task declares
 *       ({@link DeclaredTaskFields}); any other name — the case number, an approval level, a
 *       routing flag — is refused with 400 naming the variable;</li>
 *   <li>writing process variables directly (instance, execution, batch), messages, signals,
 *       conditions, instance modification, restarts and external tasks: administrators only (403);
 *       deletions and migrations with variables: {@code security.DestructiveCommandGuard};</li>
 *   <li>starting a case process: nobody (a case is opened through the ParcelDesk API, which
 *       validates it and gives it its case number); other processes: administrators only.</li>
 * </ul>
 * Commands that the application runs inside a client's command (listeners, delegates) are its own
 * and pass: only the outermost command of a client call is checked.
 */
class TaskInputGuard extends CommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** Commands that write process state without a task: administrators only. */
    private static final List<Class<?>> ADMIN_ONLY = List.of(
            AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class, SignalCmd.class, SignalEventReceivedCmd.class,
            CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
            RestartProcessInstancesCmd.class, CompleteExternalTaskCmd.class, HandleExternalTaskBpmnErrorCmd.class,
            HandleExternalTaskFailureCmd.class, EvaluateStartConditionCmd.class);

    private final Map<String, DeclaredTaskFields> declarations;

    TaskInputGuard(Collection<DeclaredTaskFields> declarations) {
        this.declarations = declarations.stream()
                .collect(Collectors.toUnmodifiableMap(DeclaredTaskFields::processKey, Function.identity()));
    }

    @Override
    public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        if (depth[0] == 0 && EngineClientCalls.active()) {
            inspect(command, Context.getCommandContext());
        }
        depth[0]++;
        try {
            return next.execute(command);
        } finally {
            depth[0]--;
        }
    }

    private void inspect(Command<?> command, CommandContext context) {
        if (command instanceof CompleteTaskCmd) {
            checkTask(context, read(command, "taskId"), names(read(command, "variables")));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTask(context, read(command, "taskId"), names(read(command, "properties")));
        } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            checkTask(context, read(command, "taskId"), names(read(command, "variables")));
        } else if (command instanceof SetTaskVariablesCmd) {
            checkTask(context, read(command, "entityId"), names(read(command, "variables")));
        } else if (command instanceof PatchTaskVariablesCmd) {
            List<String> names = new ArrayList<>(names(read(command, "variables")));
            names.addAll(names(read(command, "deletions")));
            checkTask(context, read(command, "entityId"), names);
        } else if (command instanceof RemoveTaskVariablesCmd) {
            checkTask(context, read(command, "entityId"), names(read(command, "variableNames")));
        } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder = read(command, "instantiationBuilder");
            checkStart(context, builder.getProcessDefinitionKey(), builder.getProcessDefinitionId());
        } else if (command instanceof SubmitStartFormCmd) {
            checkStart(context, null, read(command, "processDefinitionId"));
        } else if (ADMIN_ONLY.stream().anyMatch(type -> type.isInstance(command))) {
            requireAdmin(context, "workflow.admin.change-process", command.getClass().getSimpleName());
        }
    }

    private void checkTask(CommandContext context, String taskId, Collection<String> names) {
        if (names.isEmpty() || taskId == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return; // the command itself answers "no task"
        }
        String processKey = processKey(context, task.getProcessDefinitionId());
        DeclaredTaskFields declared = processKey == null ? null : declarations.get(processKey);
        Set<String> allowed = declared == null ? Set.of() : declared.fieldsOf(task.getTaskDefinitionKey()).orElse(Set.of());
        for (String name : names) {
            if (!allowed.contains(name)) {
                throw new TaskInputRefused(name, both("workflow.refused.undeclared", task.getName(), name,
                        listed(allowed, Messages.DEFAULT), task.getTaskDefinitionKey(), listed(allowed, Locale.ENGLISH)));
            }
        }
    }

    private void checkStart(CommandContext context, String key, String definitionId) {
        String processKey = key != null ? key : processKey(context, definitionId);
        if (processKey != null && declarations.containsKey(processKey)) {
            throw new BadUserRequestException(both("workflow.refused.start-case", processKey));
        }
        requireAdmin(context, "workflow.admin.start-process");
    }

    /** What only an administrator may do: the bundle key of its words, and their arguments. */
    private static void requireAdmin(CommandContext context, String what, Object... args) {
        List<String> adminGroups = context.getProcessEngineConfiguration().getAdminGroups();
        List<String> groups = context.getAuthenticatedGroupIds();
        boolean admin = groups != null && adminGroups != null && groups.stream().anyMatch(adminGroups::contains);
        if (!admin) {
            throw new AuthorizationException(Messages.text(Messages.DEFAULT, "workflow.refused.admin-only",
                    Messages.text(Messages.DEFAULT, what, args)) + " / " + Messages.text(Locale.ENGLISH,
                    "workflow.refused.admin-only", Messages.text(Locale.ENGLISH, what, args)));
        }
    }

    private static String processKey(CommandContext context, String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        return context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId).getKey();
    }

    private static String listed(Set<String> allowed, Locale locale) {
        return allowed.isEmpty() ? Messages.text(locale, "workflow.refused.no-fields") : String.join(", ", new TreeSet<>(allowed));
    }

    /**
     * A refusal in both languages, "中文 / English", from the bundles: the guard runs inside the engine, where
     * the reader's language is not known; engine REST ({@code RefusalText}) answers with the reader's half.
     */
    private static String both(String key, Object... args) {
        return Messages.text(Messages.DEFAULT, key, args) + " / " + Messages.text(Locale.ENGLISH, key, args);
    }

    private static Collection<String> names(Object variables) {
        if (variables == null) {
            return List.of();
        }
        if (variables instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        if (variables instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        throw new IllegalStateException("unexpected variables " + variables.getClass());
    }

    /** Reads a field of an engine command; the field names are Camunda 7.24's, checked by a test. */
    @SuppressWarnings("unchecked")
    static <V> V read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }
}
