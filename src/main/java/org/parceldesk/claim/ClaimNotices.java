package org.parceldesk.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parceldesk.notification.Notification;
import org.parceldesk.notification.Notifications;
import org.parceldesk.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the customer is told, through the outbox: by e-mail ({@code templates/mail/claim-*.html}) when
 * the customer gave an address, else by SMS ({@code templates/sms/claim-*.txt}) to a mobile number.
 * A customer with neither is told by phone by the handler; nothing is queued then.
 */
@Component
class ClaimNotices {

    static final String EVIDENCE_REQUEST = "claim-evidence-request";
    static final String EVIDENCE_REMINDER = "claim-evidence-reminder";
    static final String OFFER = "claim-offer";
    static final String OFFER_REMINDER = "claim-offer-reminder";
    static final String PAYMENT = "claim-payment";
    static final String TIME_BARRED = "claim-time-barred";
    static final String ABANDONED = "claim-abandoned";
    static final String CLOSED = "claim-closed";

    private static final Logger log = LoggerFactory.getLogger(ClaimNotices.class);

    private final Notifications notifications;
    private final ClaimLinks links;

    /** The outbox is another feature's bean; until it is deployed, notices are logged and skipped. */
    ClaimNotices(Notifications notifications, ClaimLinks links) {
        this.notifications = notifications;
        this.links = links;
    }

    void send(Claim claim, String template, String step) {
        send(claim, template, step, Map.of());
    }

    /** The offer, with the breakdown; one per assessment, so that a re-assessed offer is sent again. */
    void offer(Claim claim) {
        send(claim, OFFER, "offer-" + claim.getAssessments().size(), Map.of());
    }

    /** The customer has not answered the offer: a reminder with the same link; one per offer. */
    void offerReminder(Claim claim) {
        send(claim, OFFER_REMINDER, "offer-reminder-" + claim.getAssessments().size(), Map.of());
    }

    void closed(Claim claim) {
        switch (claim.getStatus()) {
            case TIME_BARRED -> send(claim, TIME_BARRED, "TIME_BARRED", Map.of());
            case ABANDONED -> send(claim, ABANDONED, "ABANDONED", Map.of());
            case SETTLED -> send(claim, "PAID".equals(claim.getCloseReason()) ? PAYMENT : CLOSED, "SETTLED", Map.of());
            case UNRESOLVED -> send(claim, CLOSED, "UNRESOLVED", Map.of());
            default -> throw new IllegalStateException("Claim " + claim.getCaseNo() + " is not closed: " + claim.getStatus());
        }
    }

    private void send(Claim claim, String template, String step, Map<String, Object> extra) {
        CustomerContact customer = claim.getCustomer();
        Recipient to = customer.hasEmail() ? Recipient.email(customer.email()) : Recipient.sms(customer.phone()).orElse(null);
        if (to == null) {
            log.info("Claim {}: no e-mail address nor mobile number, {} is left to the handler's phone call",
                    claim.getCaseNo(), template);
            return;
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("customerName", customer.name());
        model.put("waybillNo", claim.getWaybillNo());
        model.put("status", claim.getStatus().name());
        model.put("link", links.link(claim.getCaseNo()));
        Payout payout = claim.payout();
        if (payout != null) {
            model.put("payout", payout.payout().toString());
            model.put("ruleCode", payout.ruleCode());
            List<Map<String, String>> lines = payout.lines().stream()
                    .map(line -> Map.of("label", line.label(), "amount", line.amount().toString())).toList();
            model.put("lines", lines);
        }
        if (claim.getCloseReason() != null) {
            model.put("closeReason", claim.getCloseReason());
        }
        notifications.enqueue(new Notification(claim.getCaseNo(), template, step, to, model));
    }
}
