package org.parceldesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Notifications} as a transactional outbox: one row per resolved address, written in the
 * caller's transaction (a rolled-back step queues nothing) and delivered later by {@link OutboxSender}.
 */
@Service
class OutboxNotifications implements Notifications {

    /** Model entry that states the recipient's language for e-mail recipients, e.g. {@code "en"}. */
    static final String LOCALE_MODEL_KEY = "locale";

    static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
    private static final int MAX_KEY_LENGTH = 500;
    private static final int MAX_ADDRESS_LENGTH = 320;
    private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

    private final OutboxStore store;
    private final RecipientDirectory directory;
    private final ObjectMapper json;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxNotifications(OutboxStore store, RecipientDirectory directory, ObjectMapper json,
            NotificationProperties properties, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Requires the caller's transaction: a notification is part of the step that causes it. A
     * duplicate is ignored without disturbing that transaction.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Notification notification) {
        if (!TEMPLATE_NAME.matcher(notification.template()).matches()) {
            throw new IllegalArgumentException("Template name must match " + TEMPLATE_NAME + ": " + notification.template());
        }
        String model = modelJson(notification);
        Instant now = clock.instant();
        int queued = 0;
        int duplicates = 0;
        List<RecipientDirectory.Address> addresses = distinct(directory.resolve(notification.to()));
        if (!addresses.isEmpty()) {
            store.lockCase(notification.caseNo());
        }
        boolean sms = notification.to().kind() == Recipient.Kind.PHONE;
        for (RecipientDirectory.Address address : addresses) {
            if (sms) {
                queued += queueSms(notification, address.email(), model, now) ? 1 : 0;
                continue;
            }
            if (address.email().length() > MAX_ADDRESS_LENGTH) {
                log.warn("Notification {} for case {}: an address longer than {} characters was skipped",
                        notification.template(), notification.caseNo(), MAX_ADDRESS_LENGTH);
                continue;
            }
            OutboxStore.NewRow row = new OutboxStore.NewRow(dedupeKey(notification, address.email()),
                    notification.caseNo(), notification.template(), notification.step(), address.email(),
                    locale(notification, address), model, now);
            if (store.insertIfAbsent(row)) {
                queued++;
            } else {
                duplicates++;
            }
        }
        log.debug("Notification {} for case {} at step {}: {} queued, {} already queued",
                notification.template(), notification.caseNo(), notification.step(), queued, duplicates);
    }

    /**
     * One SMS row: Chinese templates only (SMS goes to mainland mobiles), keyed like the e-mail it
     * replaces plus ":sms", so that one notice is one text message however often the step repeats.
     */
    private boolean queueSms(Notification notification, String phone, String model, Instant now) {
        String mobile = SmsText.mobile(phone).orElseThrow(() -> new IllegalArgumentException(
                "Notification " + notification.template() + " for case " + notification.caseNo()
                        + ": not a mainland mobile number"));
        return store.insertIfAbsent(new OutboxStore.NewRow(notification.dedupeKey() + ":sms", notification.caseNo(),
                notification.template(), notification.step(), mobile, SmsText.LOCALE, model, now, OutboxChannel.SMS));
    }

    /** case + template + step; for users and groups also the address, since one message becomes one row per member. */
    static String dedupeKey(Notification notification, String address) {
        String key = notification.to().kind() == Recipient.Kind.EMAIL
                ? notification.dedupeKey()
                : notification.dedupeKey() + ":" + address.toLowerCase(Locale.ROOT);
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        // an improbably long step or address: keep the key unique and within the column
        return key.substring(0, MAX_KEY_LENGTH - 65) + "#" + sha256(key);
    }

    private String locale(Notification notification, RecipientDirectory.Address address) {
        Object fromModel = notification.model().get(LOCALE_MODEL_KEY);
        String tag = address.locale() != null && !address.locale().isBlank() ? address.locale()
                : fromModel instanceof String s && !s.isBlank() ? s
                : properties.defaultLocale();
        String normalized = Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
        return "und".equals(normalized) ? properties.defaultLocale() : normalized;
    }

    private String modelJson(Notification notification) {
        try {
            return json.writeValueAsString(notification.model());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification model for template " + notification.template()
                    + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<RecipientDirectory.Address> distinct(List<RecipientDirectory.Address> addresses) {
        Set<String> seen = new LinkedHashSet<>();
        return addresses.stream().filter(a -> seen.add(a.email().toLowerCase(Locale.ROOT))).toList();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
