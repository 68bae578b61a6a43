package org.parceldesk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates ParcelDesk's groups and their standing Camunda authorizations at startup (idempotently, on
 * every node), and makes the grants of ParcelDesk's groups <em>converge</em> on {@link #intendedGrants()}:
 * a permission an older release granted and this one does not is taken away again, so that an
 * upgrade narrows access instead of only ever widening it.
 *
 * <p>Tasks need no grant here: the engine grants a task to its candidates when the task is created,
 * so a user sees exactly the tasks of their groups. Those per-task grants, and grants on single
 * filters (shared in Tasklist, or ParcelDesk's own given by tasklist.TasklistFilterSetup to the groups
 * that work tasks), are not touched; a former READ on all filters is taken back.
 */
@Component
class StaffAccessSetup {

    private static final Logger log = LoggerFactory.getLogger(StaffAccessSetup.class);

    /** Resource types whose grants to ParcelDesk's groups belong to this class, whatever the resource id. */
    private static final Set<Resources> MANAGED_RESOURCES = EnumSet.of(Resources.APPLICATION, Resources.DEPLOYMENT,
            Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION,
            Resources.PROCESS_INSTANCE, Resources.BATCH);

    /**
     * Which process keys each supervising role follows in Cockpit and history (its own processes only:
     * history holds case free text that another process's roles must not read).
     */
    static final Map<StaffGroup, List<String>> SUPERVISED_PROCESSES = Map.of(
            StaffGroup.COMPLAINT_SUPERVISOR, List.of("complaint", "courier-violation"),
            StaffGroup.CLAIMS_MANAGER, List.of("claim-compensation"));

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final List<ProcessGrants> processGrants;

    StaffAccessSetup(IdentityService identity, AuthorizationService authorizations, List<ProcessGrants> processGrants) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.processGrants = processGrants;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void setUp() {
        for (StaffGroup group : StaffGroup.values()) {
            ensureGroup(group);
        }
        Map<GrantKey, Set<Permission>> intended = intendedGrants(processGrants);
        for (StaffGroup group : StaffGroup.values()) {
            converge(group, intended);
        }
        promoteCamundaAdmins();
    }

    /** Every standing grant of ParcelDesk's own; docs/security.md shows the same table. */
    static Map<GrantKey, Set<Permission>> intendedGrants() {
        return intendedGrants(List.of());
    }

    /** {@link #intendedGrants()} plus what other features declare on process keys. */
    static Map<GrantKey, Set<Permission>> intendedGrants(List<ProcessGrants> contributions) {
        Grants grants = new Grants();
        for (ProcessGrants contribution : contributions) {
            contribution.grants().forEach((groupId, byKey) -> Arrays.stream(StaffGroup.values())
                    .filter(group -> group.id().equals(groupId)).findFirst()
                    .ifPresent(group -> byKey.forEach((key, permissions) -> grants.add(group, Resources.PROCESS_DEFINITION,
                            key, permissions.toArray(Permission[]::new)))));
        }
        for (StaffGroup group : StaffGroup.values()) {
            grants.add(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grants.add(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grants.add(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        SUPERVISED_PROCESSES.forEach((group, keys) -> {
            grants.add(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            keys.forEach(key -> grants.add(group, Resources.PROCESS_DEFINITION, key,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
        });
        // Designers deploy, read definitions and migrate; nothing on instances, tasks, variables or
        // history. MIGRATE_INSTANCE is what the engine checks on source and target of a migration;
        // the batch permission lets them run it asynchronously, READ on batches lets them follow it.
        StaffGroup designer = StaffGroup.PROCESS_DESIGNER;
        grants.add(designer, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.add(designer, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grants.add(designer, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        grants.add(designer, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.add(designer, Resources.BATCH, ANY, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES,
                BatchPermissions.READ);
        // Being in an admin group lifts only the engine's admin-only checks; queries still filter by
        // grants. Like Camunda's own first-admin setup, grant the admin group everything.
        for (Resource resource : Resources.values()) {
            grants.add(StaffGroup.ADMIN, resource, ANY, Permissions.ALL);
        }
        return grants.byKey;
    }

    private void converge(StaffGroup group, Map<GrantKey, Set<Permission>> intended) {
        Map<GrantKey, Authorization> existing = new LinkedHashMap<>();
        for (Authorization authorization : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group.id()).list()) {
            GrantKey key = new GrantKey(group, authorization.getResourceType(), authorization.getResourceId());
            if (!managed(key)) {
                continue;
            }
            if (!intended.containsKey(key) || existing.containsKey(key)) {
                log.info("Removing the grant of {} on resource type {} id {}: not part of ParcelDesk's access model",
                        group.id(), key.resourceType(), key.resourceId());
                authorizations.deleteAuthorization(authorization.getId());
                continue;
            }
            existing.put(key, authorization);
        }
        intended.forEach((key, permissions) -> {
            if (key.group() == group) {
                apply(key, permissions, existing.get(key));
            }
        });
    }

    private static boolean managed(GrantKey key) {
        return ANY.equals(key.resourceId())
                || MANAGED_RESOURCES.stream().anyMatch(resource -> resource.resourceType() == key.resourceType());
    }

    private void apply(GrantKey key, Set<Permission> permissions, Authorization existing) {
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        int before = existing == null ? -1 : ((AuthorizationEntity) existing).getPermissions();
        if (existing == null) {
            authorization.setGroupId(key.group().id());
            authorization.setResourceType(key.resourceType());
            authorization.setResourceId(key.resourceId());
        }
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        if (before != ((AuthorizationEntity) authorization).getPermissions()) {
            if (existing != null) {
                log.info("Setting the grant of {} on resource type {} id {} to {}", key.group().id(),
                        key.resourceType(), key.resourceId(), permissions);
            }
            authorizations.saveAuthorization(authorization);
        }
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

    /** One standing grant: a group, a resource type and a resource id ({@code *} for all). */
    record GrantKey(StaffGroup group, int resourceType, String resourceId) {
    }

    private static final class Grants {

        private final Map<GrantKey, Set<Permission>> byKey = new LinkedHashMap<>();

        void add(StaffGroup group, Resource resource, String resourceId, Permission... permissions) {
            byKey.computeIfAbsent(new GrantKey(group, resource.resourceType(), resourceId), key -> new LinkedHashSet<>())
                    .addAll(new ArrayList<>(List.of(permissions)));
        }
    }
}
