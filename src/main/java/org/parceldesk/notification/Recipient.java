package org.parceldesk.notification;

/**
 * An e-mail address, a ParcelDesk user, every member of a group (users with an e-mail address), or a
 * mobile number that gets the message as an SMS ({@code templates/sms/}).
 */
public record Recipient(Kind kind, String value) {

    public enum Kind { EMAIL, USER, GROUP, PHONE }

    /** A mainland mobile number (digits only): the message goes out as an SMS. */
    public static Recipient phone(String mobile) {
        return new Recipient(Kind.PHONE, mobile);
    }

    public static Recipient email(String address) {
        return new Recipient(Kind.EMAIL, address);
    }

    /** An SMS recipient if the number (as typed: +86, spaces and dashes allowed) is a mainland mobile number. */
    public static java.util.Optional<Recipient> sms(String phone) {
        return SmsText.mobile(phone).map(Recipient::phone);
    }

    public static Recipient user(String userId) {
        return new Recipient(Kind.USER, userId);
    }

    public static Recipient group(String groupId) {
        return new Recipient(Kind.GROUP, groupId);
    }
}
