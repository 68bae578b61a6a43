package org.parceldesk.complaint;

import org.parceldesk.common.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking without a link (查询投诉): a customer names the case number and their phone — the full
 * number or its last four digits — as the complainant or a co-complainant gave it. The answer is
 * the public status only (no names, phones or addresses).
 *
 * <p>A wrong case number and a wrong phone are answered alike and with comparable work: both run
 * the same two queries and compare against at least one number, so that neither the answer nor
 * its cost tells whether a case number exists. Guessing four digits is held back by the per-address
 * throttle ({@code parceldesk.abuse.portal-tracking}).
 */
@Service
public class ComplaintTracking {

    /** A number no customer has: compared against when the case does not exist, so that the work is the same. */
    private static final String NOBODY = "00000000000";
    private static final Pattern CASE_NO = Pattern.compile("TS\\d{14}");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private final ComplaintRepository complaints;
    private final CoComplainantRepository coComplainants;
    private final ComplaintQueries queries;

    private final Messages messages;

    ComplaintTracking(ComplaintRepository complaints, CoComplainantRepository coComplainants, ComplaintQueries queries,
            Messages messages) {
        this.messages = messages;
        this.complaints = complaints;
        this.coComplainants = coComplainants;
        this.queries = queries;
    }

    /**
     * The public status when the case exists and the phone is one of its complainants', else empty.
     * A phone that is neither four digits nor a valid number is the caller's mistake (400, field
     * {@code phone}); it says nothing about any case.
     */
    @Transactional(readOnly = true)
    public Optional<ComplaintViews.Tracked> track(String caseNo, String phone) {
        String given = phone == null ? "" : SEPARATORS.matcher(phone.strip()).replaceAll("");
        boolean lastFour = LAST_FOUR.matcher(given).matches();
        if (!lastFour) {
            given = PhoneNumbers.normalize(phone).orElseThrow(() -> ApiProblem.invalid("phone",
                    messages.get("complaint.tracking.phone-format")));
        }
        String number = caseNo == null ? "" : caseNo.strip().toUpperCase(Locale.ROOT);
        String lookup = CASE_NO.matcher(number).matches() ? number : "";
        Optional<Complaint> complaint = complaints.findByCaseNo(lookup);
        List<String> phones = new java.util.ArrayList<>(coComplainants.phonesOfCase(lookup));
        phones.add(0, complaint.map(Complaint::getCustomerPhone).orElse(NOBODY));
        boolean matches = false;
        for (String known : phones) {
            String compared = lastFour ? known.substring(Math.max(0, known.length() - 4)) : known;
            matches |= MessageDigest.isEqual(compared.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
        }
        if (!matches || complaint.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ComplaintViews.Tracked.of(queries.publicStatus(complaint.get().getCaseNo())));
    }
}
