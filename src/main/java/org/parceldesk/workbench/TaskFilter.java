package org.parceldesk.workbench;

/**
 * What the task list is asked for. Blank filters are off; {@code page} counts from 0.
 *
 * @param process process key, e.g. {@code complaint}
 * @param task task definition key, e.g. {@code Task_ContactCustomer}
 * @param station station code of the case
 * @param priority {@code HIGH} or {@code NORMAL}
 * @param overdue only tasks past their due date
 */
record TaskFilter(TaskScope scope, String process, String task, String station, String priority, boolean overdue,
        int page) {

    TaskFilter {
        scope = scope == null ? TaskScope.MINE : scope;
        process = blankToNull(process);
        task = blankToNull(task);
        station = blankToNull(station);
        priority = blankToNull(priority);
        page = Math.max(0, page);
    }

    static TaskFilter of(TaskScope scope) {
        return new TaskFilter(scope, null, null, null, null, false, 0);
    }

    TaskFilter page(int number) {
        return new TaskFilter(scope, process, task, station, priority, overdue, number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
