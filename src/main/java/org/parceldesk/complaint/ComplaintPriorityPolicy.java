package org.parceldesk.complaint;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * HIGH for complaints forwarded by the regulator and for repeat complainants: at least
 * {@code repeat-threshold} complaints by the same phone within {@code repeat-window}, this one
 * included (duplicates are not new complaints and do not count).
 */
@Component
class ComplaintPriorityPolicy {

    private final ComplaintRepository complaints;
    private final ComplaintProperties properties;

    ComplaintPriorityPolicy(ComplaintRepository complaints, ComplaintProperties properties) {
        this.complaints = complaints;
        this.properties = properties;
    }

    ComplaintPriority priorityOf(ComplaintChannel channel, String phone, Instant receivedAt) {
        if (channel == ComplaintChannel.REGULATOR || isRepeatComplainant(phone, receivedAt)) {
            return ComplaintPriority.HIGH;
        }
        return ComplaintPriority.NORMAL;
    }

    boolean isRepeatComplainant(String phone, Instant receivedAt) {
        if (phone == null) {
            return false; // a mail without a phone number: nothing to recognise the customer by
        }
        long earlier = complaints.countByCustomerPhoneAndReceivedAtGreaterThanEqual(phone,
                receivedAt.minus(properties.repeatWindow()));
        return earlier + 1 >= properties.repeatThreshold();
    }
}
