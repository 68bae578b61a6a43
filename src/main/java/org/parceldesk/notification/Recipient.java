package org.parceldesk.notification;

/** An e-mail address, a ParcelDesk user, or every member of a group (users with an e-mail address). */
public record Recipient(Kind kind, String value) {

    public enum Kind { EMAIL, USER, GROUP }

    public static Recipient email(String address) {
        return new Recipient(Kind.EMAIL, address);
    }

    public static Recipient user(String userId) {
        return new Recipient(Kind.USER, userId);
    }

    public static Recipient group(String groupId) {
        return new Recipient(Kind.GROUP, groupId);
    }
}
