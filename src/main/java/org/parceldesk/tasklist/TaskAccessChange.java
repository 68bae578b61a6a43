package org.parceldesk.tasklist;

import java.util.Locale;
import org.parceldesk.common.Messages;

/** One change of who may work a task, as a command asks for it. {@code userId}/{@code groupId}: whom it names. */
record TaskAccessChange(String taskId, Kind kind, String userId, String groupId) {

    /** What changed; its words are the bundles' {@code tasklist.access.<CONSTANT>}. */
    enum Kind {
        ADD_CANDIDATE,
        REMOVE_CANDIDATE,
        ASSIGN,
        UNASSIGN,
        SET_OWNER,
        REMOVE_OWNER,
        DELEGATE
    }

    String whom() {
        if (groupId != null) {
            return "group " + groupId;
        }
        return userId == null ? "-" : userId;
    }

    /**
     * Timeline text, stored with the case in both languages (a record does not change with its reader):
     * "任务 调查核实 Investigate: 添加候选人 group courier / added candidate group courier".
     */
    String describe(String taskName) {
        return words(Messages.DEFAULT, taskName) + " / " + words(Locale.ENGLISH, taskName);
    }

    private String words(Locale locale, String taskName) {
        return Messages.text(locale, "tasklist.access.record", taskName,
                Messages.text(locale, "tasklist.access." + kind.name()), whom());
    }
}
