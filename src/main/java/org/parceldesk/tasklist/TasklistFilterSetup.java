package org.parceldesk.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates ParcelDesk's Tasklist filters at startup, or brings them back to their definition
 * ({@link TasklistFilters}), and lets the task-working groups read them (docs/tasklist.md).
 *
 * <p>A ParcelDesk filter is a task filter with its name and no owner. All of it runs in one engine
 * command, so in one transaction, after taking the engine's startup lock: two nodes starting at once
 * take turns, and the second finds the first one's filters instead of creating them again.
 */
@Component
class TasklistFilterSetup {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilterSetup.class);
    /** The engine's own statement (Property.xml), mapped per database by the engine. */
    private static final String STARTUP_LOCK = "lockStartupLockProperty";

    private final ProcessEngine engine;
    private final TasklistFilterProperties properties;
    /** The starter's filter ({@code camunda.bpm.filter.create}): the task-working groups read it too. */
    private final String allTasksFilter;

    TasklistFilterSetup(ProcessEngine engine, TasklistFilterProperties properties,
            @Value("${camunda.bpm.filter.create:}") String allTasksFilter) {
        this.engine = engine;
        this.properties = properties;
        this.allTasksFilter = allTasksFilter;
    }

    /** After StaffAccessSetup (order 0), which creates the groups. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void setUp() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            // the engine's startup lock row, selected FOR UPDATE. Not PropertyManager's
            // acquireExclusiveLockForStartup(): the engine skips its locks on H2, and H2 in server mode
            // can be shared by two nodes too.
            commandContext.getDbSqlSession().selectOne(STARTUP_LOCK, null);
            converge();
            return null;
        });
    }

    private void converge() {
        FilterService filters = engine.getFilterService();
        TaskService tasks = engine.getTaskService();
        for (TasklistFilters.Definition definition : TasklistFilters.definitions(tasks, properties.dueSoonWithin())) {
            Filter filter = ownerless(filters, definition.name());
            if (filter == null) {
                filter = filters.newTaskFilter(definition.name());
                log.info("Creating the Tasklist filter {}", definition.name());
            }
            filter.setQuery(definition.query());
            filter.setProperties(definition.properties());
            filter = filters.saveFilter(filter);
            grantExactly(filter.getId());
        }
        if (!allTasksFilter.isBlank()) {
            Filter all = ownerless(filters, allTasksFilter);
            if (all != null) {
                properties.groups().forEach(group -> grantRead(all.getId(), group));
                openOursFirst(filters, all);
            }
        }
    }

    /**
     * Tasklist opens the filter with the lowest priority, but compares with a missing priority as
     * false: the starter's filter has none, and if it comes first Tasklist opens it instead of 我的任务.
     */
    private static void openOursFirst(FilterService filters, Filter all) {
        Map<String, Object> allProperties = all.getProperties() == null ? new HashMap<>() : new HashMap<>(all.getProperties());
        if (!(allProperties.get("priority") instanceof Number)) {
            allProperties.put("priority", 0);
            all.setProperties(allProperties);
            filters.saveFilter(all);
        }
    }

    /** The filter of that name without owner; a second one (from a release without the lock) is removed. */
    private static Filter ownerless(FilterService filters, String name) {
        List<Filter> found = new ArrayList<>(filters.createFilterQuery().filterResourceType(EntityTypes.TASK)
                .filterName(name).list().stream().filter(filter -> filter.getOwner() == null)
                .sorted(Comparator.comparing(Filter::getId)).toList());
        if (found.isEmpty()) {
            return null;
        }
        for (Filter duplicate : found.subList(1, found.size())) {
            log.info("Removing a duplicate of the Tasklist filter {} ({})", name, duplicate.getId());
            filters.deleteFilter(duplicate.getId());
        }
        return found.get(0);
    }

    /** READ for the configured groups, and no group grant beyond them; grants to single users stay. */
    private void grantExactly(String filterId) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filterId).authorizationType(AUTH_TYPE_GRANT).list()) {
            if (grant.getGroupId() != null && !properties.groups().contains(grant.getGroupId())) {
                authorizations.deleteAuthorization(grant.getId());
            }
        }
        properties.groups().forEach(group -> grantRead(filterId, group));
    }

    private void grantRead(String filterId, String group) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(group).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.FILTER);
            grant.setResourceId(filterId);
        } else if (grant.isPermissionGranted(Permissions.READ)) {
            return;
        }
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
