package org.parceldesk.tasklist;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * ParcelDesk's Tasklist filters: names in Chinese, descriptions in Chinese and English, and the
 * variables every task card shows. Queries use the engine's filter expressions ({@code currentUser()},
 * {@code now()}, ...), evaluated when a user opens the filter, so one filter serves every role; which
 * tasks a user sees at all is still decided by the engine's task authorizations.
 *
 * <p>The texts stay here, not in the message bundles: they are data written once into Camunda's filter
 * table (ACT_RU_FILTER) and shown by Tasklist as stored, the same for every reader whatever their
 * language, and {@code TasklistFilterSetup} finds its filters again by these names. docs/messages.md.
 */
final class TasklistFilters {

    /**
     * Columns on each task card: process variables as the three processes set them. A card shows only
     * those its case has: complaints caseNo, category, priority; claims caseNo, reportedLossType (when the
     * customer named one); violations caseNo, violationType, and severity once decided. The engine's task
     * priority is on every card anyway.
     */
    static final List<Map<String, String>> VARIABLES = List.of(
            variable("caseNo", "案件编号 Case no."),
            variable("category", "投诉类别 Category"),
            variable("reportedLossType", "损失类型 Loss type"),
            variable("violationType", "违规类型 Violation type"),
            variable("priority", "优先级 Priority"),
            variable("severity", "严重程度 Severity"));

    static final String MY_TASKS = "我的任务";
    static final String MY_GROUP_TASKS = "我组任务·按截止时间";
    static final String DUE_SOON = "即将超时";
    static final String OVERDUE = "已超时";

    /** One filter as ParcelDesk wants it. */
    record Definition(String name, String description, int priority, String color, TaskQuery query) {

        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            // Tasklist lists filters by ascending priority and opens the first: 我的任务 before 全部任务 (0)
            properties.put("priority", priority);
            properties.put("color", color);
            properties.put("refresh", true);
            properties.put("showUndefinedVariable", false);
            properties.put("variables", VARIABLES);
            return properties;
        }
    }

    private TasklistFilters() {
    }

    static List<Definition> definitions(TaskService tasks, Duration dueSoonWithin) {
        Window window = hoursOrMinutes(dueSoonWithin);
        return List.of(
                new Definition(MY_TASKS, "分配给我的任务，最早截止的在前 · My tasks: assigned to me, earliest due first",
                        -40, "#2f6fb0", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc()),
                new Definition(MY_GROUP_TASKS, "我所在组可认领的任务，最早截止的在前 · My group tasks: unclaimed tasks of my groups,"
                        + " earliest due first", -30, "#3c8d5a", tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc()),
                new Definition(DUE_SOON, "将在 " + window.zh() + " 内到期的任务 · Due soon: tasks due within the next " + window.en(),
                        -20, "#d9822b", tasks.createTaskQuery().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusMinutes(" + dueSoonWithin.toMinutes() + ").toDate()}")
                        .orderByDueDate().asc()),
                new Definition(OVERDUE, "已过截止时间的任务，超时最久的在前 · Overdue: tasks past their due date, longest overdue first",
                        -10, "#c23030", tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()));
    }

    private static Map<String, String> variable(String name, String label) {
        Map<String, String> variable = new LinkedHashMap<>();
        variable.put("name", name);
        variable.put("label", label);
        return variable;
    }

    private record Window(String zh, String en) {
    }

    private static Window hoursOrMinutes(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return new Window(hours + " 小时", hours + (hours == 1 ? " hour" : " hours"));
        }
        return new Window(minutes + " 分钟", minutes + (minutes == 1 ? " minute" : " minutes"));
    }
}
