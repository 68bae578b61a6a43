package org.parceldesk.workbench;

import java.time.Instant;

/**
 * One open task in the list, with what the handler needs to pick it: its case, the case's type,
 * category and station, and where it stands against its due date.
 */
record WorkTask(String id, String name, String taskKey, String processKey, String caseNo, String caseType,
        String category, String station, int priority, boolean highPriority, String assignee, Instant createdAt,
        Instant dueAt, Instant warnAt, String slaState) {
}
