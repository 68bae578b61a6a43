package org.parceldesk.workbench;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The staff workbench (docs/workbench.md).
 *
 * @param pageSize tasks per page of the task list
 * @param warningFraction share of a task's time (creation to due) after which it shows as "soon due",
 *        as the SLA clocks warn (parceldesk.sla warning fraction)
 * @param highPriorityAbove a task priority above this counts as high (Camunda's default priority is 50)
 * @param searchLimit most cases of each type a search lists
 * @param createDueDateIndex create the task list's index on the engine's task table at start, when missing
 */
@ConfigurationProperties("parceldesk.workbench")
record WorkbenchProperties(Integer pageSize, Double warningFraction, Integer highPriorityAbove, Integer searchLimit,
        Boolean createDueDateIndex) {

    WorkbenchProperties {
        pageSize = pageSize == null || pageSize < 1 ? 50 : Math.min(pageSize, 500);
        warningFraction = warningFraction == null || warningFraction <= 0 || warningFraction >= 1 ? 0.75 : warningFraction;
        highPriorityAbove = highPriorityAbove == null ? 50 : highPriorityAbove;
        searchLimit = searchLimit == null || searchLimit < 1 ? 50 : searchLimit;
        createDueDateIndex = createDueDateIndex == null || createDueDateIndex;
    }
}
