package org.parceldesk.claim;

import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * A payout request that cannot be calculated as given. The calculator never clamps or guesses:
 * the claims handler corrects the named field and asks again.
 */
public class InvalidPayoutInputException extends ApiProblem {

    private final String field;
    private final String reason;

    public InvalidPayoutInputException(String field, String reason) {
        super(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + reason, List.of(new FieldProblem(field, reason)));
        this.field = field;
        this.reason = reason;
    }

    /**
     * A refusal in both languages, "实际损失不能为负数 actualLoss must not be negative": Chinese for the
     * staff by default, English by Accept-Language (picked where the refusal is answered).
     */
    public static InvalidPayoutInputException of(String field, String chineseReason, String englishReason) {
        return new InvalidPayoutInputException(field, PayoutFieldNames.refusal(field, chineseReason, englishReason));
    }

    /** The name of the offending {@link PayoutRequest} component, e.g. {@code "actualLoss"}. */
    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name, e.g. {@code "must not be negative"}. */
    public String reason() {
        return reason;
    }
}
