package org.parceldesk.claim;

/** Someone tried to approve a claim they assessed (or to approve without being identified). */
public class FourEyesViolationException extends RuntimeException {

    public FourEyesViolationException(String message) {
        super(message);
    }
}
