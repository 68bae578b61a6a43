package org.parceldesk.violation;

public enum ViolationSource {
    COMPLAINT,
    CLAIM,
    INSPECTION,
    MONITORING,
    MANUAL
}
