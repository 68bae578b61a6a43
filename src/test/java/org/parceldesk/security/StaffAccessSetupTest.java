package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The standing Camunda grants: least privilege for designers, history per process key, convergence on upgrade. */
@ParcelDeskTest
class StaffAccessSetupTest {

    private static final String DESIGNER = StaffGroup.PROCESS_DESIGNER.id();

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;
    @Autowired
    StaffAccessSetup setup;

    @Test
    void theDesignerDeploysReadsDefinitionsAndMigratesAndNothingElse() {
        assertThat(designerMay(Permissions.CREATE, Resources.DEPLOYMENT, ANY)).isTrue();
        assertThat(designerMay(Permissions.DELETE, Resources.DEPLOYMENT, "any-deployment")).isTrue();
        assertThat(designerMay(Permissions.READ, Resources.PROCESS_DEFINITION, "complaint")).isTrue();
        assertThat(designerMay(ProcessDefinitionPermissions.MIGRATE_INSTANCE, Resources.PROCESS_DEFINITION, "complaint"))
                .isTrue();
        assertThat(designerMay(Permissions.READ, Resources.DECISION_DEFINITION, "claim-approval-authority")).isTrue();
        assertThat(designerMay(BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES, Resources.BATCH, ANY)).isTrue();

        for (Permission instanceLevel : List.of(ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.DELETE_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.DELETE_HISTORY, ProcessDefinitionPermissions.UPDATE,
                ProcessDefinitionPermissions.DELETE, ProcessDefinitionPermissions.SUSPEND_INSTANCE)) {
            assertThat(designerMay(instanceLevel, Resources.PROCESS_DEFINITION, "complaint"))
                    .as("process-designer %s on complaint", instanceLevel).isFalse();
        }
        assertThat(designerMay(ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, "some-instance")).isFalse();
        assertThat(designerMay(ProcessInstancePermissions.DELETE, Resources.PROCESS_INSTANCE, "some-instance")).isFalse();
        assertThat(designerMay(TaskPermissions.READ, Resources.TASK, "some-task")).isFalse();
        assertThat(designerMay(BatchPermissions.CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES, Resources.BATCH, ANY))
                .isFalse();
        assertThat(designerMay(BatchPermissions.CREATE_BATCH_SET_VARIABLES, Resources.BATCH, ANY)).isFalse();
    }

    @Test
    void supervisorsReadTheHistoryOfTheirOwnProcessesOnly() {
        assertThat(may("claims-manager", ProcessDefinitionPermissions.READ_HISTORY, "claim-compensation")).isTrue();
        assertThat(may("claims-manager", ProcessDefinitionPermissions.READ_HISTORY, "courier-violation")).isFalse();
        assertThat(may("claims-manager", ProcessDefinitionPermissions.READ_INSTANCE, "complaint")).isFalse();
        assertThat(may("complaint-supervisor", ProcessDefinitionPermissions.READ_HISTORY, "complaint")).isTrue();
        assertThat(may("complaint-supervisor", ProcessDefinitionPermissions.READ_HISTORY, "courier-violation")).isTrue();
        assertThat(may("complaint-supervisor", ProcessDefinitionPermissions.READ_HISTORY, "claim-compensation")).isFalse();
        assertThat(may("claims-handler", ProcessDefinitionPermissions.READ_HISTORY, "claim-compensation")).isFalse();
        assertThat(authorizations.isUserAuthorized("u", List.of("claims-manager"), ProcessInstancePermissions.READ,
                Resources.PROCESS_INSTANCE, "some-instance")).isFalse();
    }

    @Test
    void theSupervisedProcessKeysAreDeployedProcesses() {
        StaffAccessSetup.SUPERVISED_PROCESSES.values().stream().flatMap(List::stream).forEach(key ->
                assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).as(key).isPositive());
    }

    @Test
    void anUpgradeTakesBackWhatAnOlderReleaseGrantedAndLeavesTaskAndFilterGrantsAlone() {
        // what the previous release granted
        Authorization oldDefinitions = grant(DESIGNER, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant(DESIGNER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant("claims-manager", Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant("claims-manager", Resources.PROCESS_DEFINITION, "courier-violation", ProcessDefinitionPermissions.READ_HISTORY);
        // grants that are not ParcelDesk's standing ones: the engine's per-task grant, a shared filter
        Authorization taskGrant = grant("claims-handler", Resources.TASK, "task-" + System.nanoTime(), Permissions.READ);
        Authorization filterGrant = grant("claims-handler", Resources.FILTER, "filter-" + System.nanoTime(), Permissions.READ);
        try {
            assertThat(designerMay(ProcessDefinitionPermissions.DELETE_INSTANCE, Resources.PROCESS_DEFINITION, "complaint"))
                    .isTrue();

            setup.setUp();

            assertThat(designerMay(ProcessDefinitionPermissions.DELETE_INSTANCE, Resources.PROCESS_DEFINITION, "complaint"))
                    .isFalse();
            assertThat(designerMay(ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "complaint"))
                    .isFalse();
            assertThat(designerMay(ProcessDefinitionPermissions.MIGRATE_INSTANCE, Resources.PROCESS_DEFINITION, "complaint"))
                    .as("what is intended stays").isTrue();
            assertThat(designerMay(Permissions.READ, Resources.PROCESS_INSTANCE, "x")).isFalse();
            assertThat(may("claims-manager", ProcessDefinitionPermissions.READ_HISTORY, "courier-violation")).isFalse();
            assertThat(authorizations.isUserAuthorized("u", List.of("claims-manager"), Permissions.READ,
                    Resources.PROCESS_INSTANCE, "x")).isFalse();
            assertThat(authorizations.createAuthorizationQuery().authorizationId(oldDefinitions.getId()).singleResult())
                    .as("the designer's ANY grant on definitions is narrowed in place")
                    .satisfies(narrowed -> assertThat(narrowed.isPermissionGranted(Permissions.ALL)).isFalse());
            assertThat(authorizations.createAuthorizationQuery().authorizationId(taskGrant.getId()).count()).isEqualTo(1);
            assertThat(authorizations.createAuthorizationQuery().authorizationId(filterGrant.getId()).count()).isEqualTo(1);
            assertThat(StaffAccessSetup.intendedGrants()).allSatisfy((key, permissions) ->
                    assertThat(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                            .groupIdIn(key.group().id()).resourceType(key.resourceType()).resourceId(key.resourceId())
                            .count()).as("one grant for %s", key).isEqualTo(1));
        } finally {
            authorizations.deleteAuthorization(taskGrant.getId());
            authorizations.deleteAuthorization(filterGrant.getId());
            setup.setUp();
        }
    }

    private Authorization grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.addPermission(permission);
        return authorizations.saveAuthorization(authorization);
    }

    private boolean designerMay(Permission permission, Resource resource, String resourceId) {
        return authorizations.isUserAuthorized("someone", List.of(DESIGNER), permission, resource, resourceId);
    }

    private boolean may(String group, Permission permission, String processKey) {
        return authorizations.isUserAuthorized("someone", List.of(group), permission, Resources.PROCESS_DEFINITION,
                processKey);
    }
}
