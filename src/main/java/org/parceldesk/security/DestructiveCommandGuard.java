package org.parceldesk.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * Engine-level guard against commands that destroy or rewrite cases, for every door into the engine
 * (engine REST, the webapps' {@code /camunda/api/engine}, the Java API) whenever the command runs
 * on behalf of a user. Commands without an authenticated user are the application's own and pass.
 *
 * <ul>
 *   <li>Deleting a deployment that has running process instances is refused for everyone but an
 *       administrator (403), and an administrator must ask for the cascade explicitly
 *       ({@code cascade=true}); without it the answer is 400 instead of Camunda's 500.</li>
 *   <li>A cascading delete (of a deployment or of process definitions) deletes running instances
 *       and history: administrators only.</li>
 *   <li>A migration plan that sets variables writes onto running cases: administrators only.</li>
 * </ul>
 *
 * <p>The flags live in protected fields of Camunda's commands without getters; they are read by
 * reflection, and a field that cannot be read counts as the dangerous value (fail closed).
 */
class DestructiveCommandGuard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Authentication user = context == null ? null : context.getAuthentication();
        if (user != null && user.getUserId() != null && !context.getAuthorizationManager().isCamundaAdmin(user)) {
            refuseForUser(command, context, user.getUserId());
        } else if (user != null && user.getUserId() != null && command instanceof DeleteDeploymentCmd delete) {
            requireExplicitCascade(delete, context);
        }
        return next.execute(command);
    }

    private static void refuseForUser(Command<?> command, CommandContext context, String userId) {
        if (command instanceof DeleteDeploymentCmd delete) {
            String deploymentId = (String) read(delete, DeleteDeploymentCmd.class, "deploymentId", null);
            if (flag(delete, DeleteDeploymentCmd.class, "cascade")) {
                throw refused(userId, "a cascading delete of deployment " + deploymentId
                        + " (it deletes running cases and their history) is for administrators only");
            }
            long running = runningInstances(context, deploymentId);
            if (running > 0) {
                throw refused(userId, "deployment " + deploymentId + " has " + running
                        + " running process instance(s); only an administrator may delete it");
            }
        } else if (command instanceof DeleteProcessDefinitionsByIdsCmd delete) {
            if (flag(delete, DeleteProcessDefinitionsByIdsCmd.class, "cascadeToHistory")
                    || flag(delete, DeleteProcessDefinitionsByIdsCmd.class, "cascadeToInstances")) {
                throw refused(userId, "a cascading delete of process definitions is for administrators only");
            }
        } else if (command instanceof AbstractDeleteProcessDefinitionCmd delete) {
            if (flag(delete, AbstractDeleteProcessDefinitionCmd.class, "cascade")) {
                throw refused(userId, "a cascading delete of process definitions is for administrators only");
            }
        } else if (command instanceof AbstractMigrationCmd migration) {
            Object builder = read(migration, AbstractMigrationCmd.class, "executionBuilder", null);
            MigrationPlan plan = builder instanceof MigrationPlanExecutionBuilderImpl b ? b.getMigrationPlan() : null;
            if (builder == null || (plan != null && plan.getVariables() != null && !plan.getVariables().isEmpty())) {
                throw refused(userId, "a migration that sets variables on running cases is for administrators only");
            }
        }
    }

    private static void requireExplicitCascade(DeleteDeploymentCmd delete, CommandContext context) {
        if (flag(delete, DeleteDeploymentCmd.class, "cascade")) {
            return;
        }
        String deploymentId = (String) read(delete, DeleteDeploymentCmd.class, "deploymentId", null);
        long running = runningInstances(context, deploymentId);
        if (running > 0) {
            throw new BadUserRequestException("Deployment " + deploymentId + " has " + running
                    + " running process instance(s) and is not deleted. To delete them and their history with it,"
                    + " delete with cascade=true explicitly.");
        }
    }

    private static long runningInstances(CommandContext context, String deploymentId) {
        if (deploymentId == null) {
            return 0;
        }
        return context.runWithoutAuthorization(() -> context.getExecutionManager()
                .findProcessInstanceCountByQueryCriteria(
                        (ProcessInstanceQueryImpl) new ProcessInstanceQueryImpl().deploymentId(deploymentId)));
    }

    private static AuthorizationException refused(String userId, String why) {
        return new AuthorizationException("The user with id '" + userId + "' may not do this: " + why + ".");
    }

    /** A boolean flag of a command; true (the dangerous value) when it cannot be read. */
    private static boolean flag(Object command, Class<?> owner, String name) {
        return !Boolean.FALSE.equals(read(command, owner, name, Boolean.TRUE));
    }

    private static Object read(Object command, Class<?> owner, String name, Object unreadable) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return unreadable;
        }
    }
}
