package org.parceldesk.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Text messages (SMS) from the outbox, for customers who gave only a mobile number.
 *
 * @param enabled                 drain SMS rows on a schedule (every node; rows are claimed like e-mails)
 * @param gateway                 LOGGING (embedded default: the text goes to the log, nothing is sent) or HTTP
 * @param url                     the HTTP gateway's endpoint (POST, JSON body)
 * @param apiKey                  sent as {@code Authorization: Bearer …}; never logged
 * @param connectTimeout          TCP connect timeout towards the gateway
 * @param readTimeout             how long to wait for the gateway's answer; keep it well below the sender's lease
 * @param signature               the sender signature (签名) put in front of every text, as Chinese carriers require
 * @param segmentLength           characters of a text that fits in one SMS (70 for Chinese, UCS-2)
 * @param multipartSegmentLength  characters per part once a text needs several (67: the rest is the concatenation header)
 * @param maxSegments             a longer text is cut (with "…") to this many segments
 */
@ConfigurationProperties("parceldesk.notification.sms")
record SmsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("LOGGING") Gateway gateway,
        URI url,
        String apiKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("【ParcelDesk】") String signature,
        @DefaultValue("70") int segmentLength,
        @DefaultValue("67") int multipartSegmentLength,
        @DefaultValue("4") int maxSegments) {

    public enum Gateway { LOGGING, HTTP }

    public SmsProperties {
        if (url != null && url.toString().isBlank()) {
            url = null; // an unset ${PARCELDESK_SMS_URL:} binds as an empty address
        }
        if (gateway == Gateway.HTTP && url == null) {
            throw new IllegalArgumentException("parceldesk.notification.sms.url is required with gateway HTTP");
        }
        if (segmentLength < 1 || multipartSegmentLength < 1 || multipartSegmentLength > segmentLength) {
            throw new IllegalArgumentException(
                    "parceldesk.notification.sms.segment-length must be positive and not below multipart-segment-length");
        }
        if (maxSegments < 1) {
            throw new IllegalArgumentException("parceldesk.notification.sms.max-segments must be at least 1");
        }
        signature = signature == null ? "" : signature;
    }

    /** Segments a text of this many characters takes: 1 up to {@code segmentLength}, then parts of {@code multipartSegmentLength}. */
    public int segmentsOf(String text) {
        int length = text.length(); // UTF-16 units: what UCS-2 encoding counts
        if (length <= segmentLength) {
            return 1;
        }
        return (length + multipartSegmentLength - 1) / multipartSegmentLength;
    }

    /** The longest text that still fits in {@code maxSegments}. */
    int maxLength() {
        return maxSegments == 1 ? segmentLength : maxSegments * multipartSegmentLength;
    }
}
