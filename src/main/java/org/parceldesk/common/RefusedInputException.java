package org.parceldesk.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value that parsed but is not plausible (see {@link InputLimits}); Jackson adds the field path. */
class RefusedInputException extends JsonMappingException {

    private final String reason;

    public RefusedInputException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
