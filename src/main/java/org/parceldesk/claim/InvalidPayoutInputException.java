package org.parceldesk.claim;

/**
 * A payout request that cannot be calculated as given. The calculator never clamps or guesses:
 * the claims handler corrects the named field and asks again.
 */
public class InvalidPayoutInputException extends RuntimeException {

    private final String field;

    public InvalidPayoutInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The name of the offending {@link PayoutRequest} component, e.g. {@code "actualLoss"}. */
    public String field() {
        return field;
    }
}
