package org.parceldesk.workbench;

import java.util.Locale;
import java.util.Map;
import org.parceldesk.claim.ClaimStatus;
import org.parceldesk.complaint.ComplaintCategory;
import org.parceldesk.violation.ViolationType;
import org.springframework.stereotype.Component;

/** Chinese labels of the case modules' codes; English shows the code in words. */
@Component
class WorkbenchLabels {

    private static final Map<String, String> LOSS_TYPES = Map.of("DELAY", "延误", "LOSS", "丢失",
            "DAMAGE_TOTAL", "全部损毁", "DAMAGE_PARTIAL", "部分损毁", "WRONG_CONTENTS", "内件不符", "SHORTAGE", "内件短少");
    private static final Map<ClaimStatus, String> CLAIM_STATUSES = Map.of(ClaimStatus.REGISTERED, "已登记",
            ClaimStatus.COLLECTING_EVIDENCE, "收集证据中", ClaimStatus.ASSESSING, "定损中",
            ClaimStatus.AWAITING_APPROVAL, "待审批", ClaimStatus.OFFERED, "待客户确认", ClaimStatus.ACCEPTED, "客户已接受",
            ClaimStatus.SETTLED, "已结案", ClaimStatus.UNRESOLVED, "未达成一致结案", ClaimStatus.TIME_BARRED, "超过索赔时效",
            ClaimStatus.ABANDONED, "已放弃");

    String complaintCategory(String code, boolean english) {
        if (code == null) {
            return "";
        }
        if (english) {
            return words(code);
        }
        try {
            return ComplaintCategory.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    String lossType(String code, boolean english) {
        if (code == null) {
            return "";
        }
        return english ? words(code) : LOSS_TYPES.getOrDefault(code, code);
    }

    String violationType(String code, boolean english) {
        if (code == null) {
            return "";
        }
        if (english) {
            return words(code);
        }
        try {
            return ViolationType.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    String claimStatus(ClaimStatus status, boolean english) {
        return status == null ? "" : english ? words(status.name()) : CLAIM_STATUSES.getOrDefault(status, status.name());
    }

    /** {@code DAMAGE_TOTAL → Damage total}. */
    static String words(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
