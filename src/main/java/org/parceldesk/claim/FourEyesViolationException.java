package org.parceldesk.claim;

import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.springframework.http.HttpStatus;

/** Someone tried to approve a claim they assessed (or to approve without being identified). */
public class FourEyesViolationException extends ApiProblem {

    public FourEyesViolationException(String message) {
        super(HttpStatus.FORBIDDEN, "Four-eyes principle", message, List.of());
    }
}
