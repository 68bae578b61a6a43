package org.parceldesk.tasklist;

/** One change of who may work a task, as a command asks for it. {@code userId}/{@code groupId}: whom it names. */
record TaskAccessChange(String taskId, Kind kind, String userId, String groupId) {

    enum Kind {
        ADD_CANDIDATE("添加候选人", "added candidate"),
        REMOVE_CANDIDATE("移除候选人", "removed candidate"),
        ASSIGN("指派给", "assigned to"),
        UNASSIGN("取消指派", "unassigned"),
        SET_OWNER("设置负责人", "set owner"),
        REMOVE_OWNER("移除负责人", "removed owner"),
        DELEGATE("委托给", "delegated to");

        final String chinese;
        final String english;

        Kind(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }
    }

    String whom() {
        if (groupId != null) {
            return "group " + groupId;
        }
        return userId == null ? "-" : userId;
    }

    /** Timeline text: "任务 调查核实 Investigate: 添加候选人 group courier / added candidate group courier". */
    String describe(String taskName) {
        return "任务 " + taskName + ": " + kind.chinese + " " + whom() + " / " + kind.english + " " + whom();
    }
}
