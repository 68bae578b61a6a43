package org.parceldesk.workbench;

import java.util.Locale;
import org.parceldesk.claim.ClaimStatus;
import org.parceldesk.common.Messages;
import org.parceldesk.complaint.ComplaintCategory;
import org.parceldesk.violation.ViolationType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Labels of the case modules' codes in the workbench's language: categories and violation types from their
 * enums' Chinese labels (English: the code in words), loss types and claim statuses from the bundles'
 * {@code workbench.loss.*} and {@code workbench.claim-status.*}.
 */
@Component
class WorkbenchLabels {

    private final MessageSource messages;

    WorkbenchLabels(MessageSource messages) {
        this.messages = messages;
    }

    private String bundled(String key, String code, boolean english) {
        return messages.getMessage(key + code, null, code, english ? Locale.ENGLISH : Messages.DEFAULT);
    }

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

    /** 投诉 / Complaint … */
    String process(CaseProcess process, boolean english) {
        return bundled("workbench.process.", process.name(), english);
    }

    String lossType(String code, boolean english) {
        if (code == null) {
            return "";
        }
        return bundled("workbench.loss.", code, english);
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
        return status == null ? "" : bundled("workbench.claim-status.", status.name(), english);
    }

    /** {@code DAMAGE_TOTAL → Damage total}. */
    static String words(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
