package org.parceldesk.courier;

public enum CourierStatus {
    ACTIVE,
    SUSPENDED,
    LEFT
}
