package org.parceldesk.workbench;

import java.util.List;

/** A page of the task list; {@code hasNext} instead of a total, which would cost a count of every open task. */
record TaskPage(List<WorkTask> tasks, int page, int pageSize, boolean hasNext) {
}
