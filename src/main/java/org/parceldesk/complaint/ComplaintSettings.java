package org.parceldesk.complaint;

import org.springframework.stereotype.Component;

/** Configured values the complaint model reads in expressions ({@code ${complaintSettings.dissatisfiedAtMost}}). */
@Component("complaintSettings")
public class ComplaintSettings {

    private final ComplaintProperties properties;

    ComplaintSettings(ComplaintProperties properties) {
        this.properties = properties;
    }

    /** A satisfaction rating at or below this reopens the case to the supervisor. */
    public int getDissatisfiedAtMost() {
        return properties.dissatisfiedAtMost();
    }
}
