package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalTextTest {

    private static String zh(String message) {
        return RefusalText.pick(message, RefusalText.parse(null));
    }

    private static String en(String message) {
        return RefusalText.pick(message, RefusalText.parse("en-US,en;q=0.9,zh-CN;q=0.8"));
    }

    @Test
    void chineseByDefaultAndEnglishWhenPreferred() {
        String message = "须填写裁定理由 a decision needs a reason";
        assertThat(zh(message)).isEqualTo("须填写裁定理由");
        assertThat(en(message)).isEqualTo("a decision needs a reason");
        assertThat(RefusalText.pick(message, RefusalText.parse("zh-CN,zh;q=0.9,en;q=0.8"))).isEqualTo("须填写裁定理由");
        assertThat(RefusalText.pick(message, RefusalText.parse("de-DE,de;q=0.9"))).isEqualTo("须填写裁定理由");
    }

    @Test
    void codesAndValuesStayWithTheChineseSentence() {
        String message = "案件 WG20261201000001 当前状态为 CLOSED case WG20261201000001 is CLOSED, not DECIDED";
        assertThat(zh(message)).isEqualTo("案件 WG20261201000001 当前状态为 CLOSED");
        assertThat(en(message)).isEqualTo("case WG20261201000001 is CLOSED, not DECIDED");
    }

    @Test
    void aSentenceStartingWithTheArticleAIsEnglish() {
        String message = "只能指派给本任务的候选人，courier 不是候选人；如需转交请联系主管 A task can only be assigned to one of its candidates";
        assertThat(zh(message)).isEqualTo("只能指派给本任务的候选人，courier 不是候选人；如需转交请联系主管");
        assertThat(en(message)).startsWith("A task can only be assigned");
    }

    @Test
    void eachOfSeveralProblemsIsPickedOnItsOwn() {
        String message = "调查结论必填 finding is required; 快递员不在职或已停职 courier C0009 is SUSPENDED";
        assertThat(zh(message)).isEqualTo("调查结论必填；快递员不在职或已停职");
        assertThat(en(message)).isEqualTo("finding is required; courier C0009 is SUSPENDED");
    }

    @Test
    void anExplicitSeparatorWins() {
        String message = "任务「审批赔付 Approve payout」不接受字段 approvalLevel，可填写：supervisorDecision, supervisorNote"
                + " / Task Task_ApprovePayout does not accept the variable approvalLevel; it accepts supervisorDecision, supervisorNote";
        assertThat(zh(message)).isEqualTo("任务「审批赔付 Approve payout」不接受字段 approvalLevel，可填写：supervisorDecision, supervisorNote");
        assertThat(en(message)).startsWith("Task Task_ApprovePayout does not accept").endsWith("supervisorNote");
    }

    @Test
    void anEnglishOnlyMessageIsShownAsItIsAndLinesAreJoined() {
        assertThat(zh("must not be negative")).isEqualTo("must not be negative");
        assertThat(en("处理结果至少10个字\n resolution is too short")).isEqualTo("resolution is too short");
        assertThat(zh("只有中文")).isEqualTo("只有中文");
        assertThat(en("只有中文")).isEqualTo("只有中文");
    }
}
