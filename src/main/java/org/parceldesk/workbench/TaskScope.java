package org.parceldesk.workbench;

/** The task list's views. */
enum TaskScope {
    /** Assigned to me. */
    MINE,
    /** Offered to me or one of my groups and not yet claimed. */
    GROUP,
    /**
     * Everyone's open tasks that I may see: my candidate tasks whoever holds them (a station manager
     * sees their couriers' tasks), and for supervisors every task of the processes they supervise.
     */
    TEAM;

    static TaskScope parse(String value) {
        if (value == null || value.isBlank()) {
            return MINE;
        }
        for (TaskScope scope : values()) {
            if (scope.name().equalsIgnoreCase(value.strip())) {
                return scope;
            }
        }
        return MINE;
    }
}
