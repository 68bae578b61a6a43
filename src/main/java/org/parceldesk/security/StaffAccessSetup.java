package org.parceldesk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates ParcelDesk's groups and their Camunda authorizations at startup (idempotently, on every
 * node). Tasks themselves need no grant here: the engine grants a task to its candidate groups when
 * the task is created, so a user sees exactly the tasks of their groups.
 */
@Component
class StaffAccessSetup {

    private static final Set<StaffGroup> SUPERVISORS =
            EnumSet.of(StaffGroup.COMPLAINT_SUPERVISOR, StaffGroup.CLAIMS_MANAGER, StaffGroup.PROCESS_DESIGNER);

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    StaffAccessSetup(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void setUp() {
        for (StaffGroup group : StaffGroup.values()) {
            ensureGroup(group);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        for (StaffGroup group : SUPERVISORS) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        }
        StaffGroup designer = StaffGroup.PROCESS_DESIGNER;
        grant(designer, Resources.DEPLOYMENT, ANY, Permissions.ALL);
        grant(designer, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant(designer, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
        grant(designer, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL);
        grant(designer, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        // Being in an admin group lifts only the engine's admin-only checks; queries still filter by
        // grants. Like Camunda's own first-admin setup, grant the admin group everything.
        for (Resource resource : Resources.values()) {
            grant(StaffGroup.ADMIN, resource, ANY, Permissions.ALL);
        }
        promoteCamundaAdmins();
    }

    private void ensureGroup(StaffGroup group) {
        if (identity.createGroupQuery().groupId(group.id()).count() == 0) {
            Group created = identity.newGroup(group.id());
            created.setName(group.displayName());
            created.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(created);
        }
    }

    /** The bootstrap user of {@code camunda.bpm.admin-user} lands in camunda-admin; make it a ParcelDesk admin too. */
    private void promoteCamundaAdmins() {
        for (User user : identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()) {
            if (identity.createUserQuery().userId(user.getId()).memberOfGroup(StaffGroup.ADMIN.id()).count() == 0) {
                identity.createMembership(user.getId(), StaffGroup.ADMIN.id());
            }
        }
    }

    private void grant(StaffGroup group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group.id()).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group.id());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
