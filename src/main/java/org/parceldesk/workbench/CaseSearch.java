package org.parceldesk.workbench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parceldesk.claim.ClaimStatus;
import org.parceldesk.common.PersonalData;
import org.parceldesk.complaint.ComplaintStatus;
import org.parceldesk.violation.ViolationStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Finds complaints, claims and violations by case number, waybill or the customer's full phone
 * number (exact matches only: a partial phone would let anyone enumerate customers). A case is
 * listed only when its module's API would let this user open it; a phone is shown in full only to
 * the roles that see it in that API.
 */
@Service
class CaseSearch {

    /** One case found. {@code phone} is masked unless the user's role sees it. */
    record Hit(String caseNo, String type, String status, String waybillNo, String phone, String station,
            Instant openedAt, String matchedBy) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseAccess access;
    private final WorkbenchProperties properties;
    private final WorkbenchLabels labels;

    CaseSearch(NamedParameterJdbcTemplate jdbc, CaseAccess access, WorkbenchProperties properties,
            WorkbenchLabels labels) {
        this.jdbc = jdbc;
        this.access = access;
        this.properties = properties;
        this.labels = labels;
    }

    List<Hit> search(String query, Authentication user, boolean english) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String text = query.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        // phone numbers are stored as entered after validation: digits, maybe a leading + or area-code dash
        String phone = text.replaceAll("\\s", "");
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("caseNo", upper).addValue("waybill", text)
                .addValue("phone", phone).addValue("limit", properties.searchLimit());
        List<Hit> hits = new ArrayList<>();
        jdbc.query("select case_no, status, waybill_no, customer_phone, station_code, received_at from complaint"
                + " where case_no = :caseNo or waybill_no = :waybill or customer_phone = :phone"
                + " order by received_at desc limit :limit", params, rs -> {
                    hits.add(hit(CaseProcess.COMPLAINT, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6), upper, text, phone, user, english));
                });
        jdbc.query("select case_no, status, waybill_no, customer_phone, station_code, registered_at from claim"
                + " where case_no = :caseNo or waybill_no = :waybill or customer_phone = :phone"
                + " order by registered_at desc limit :limit", params, rs -> {
                    hits.add(hit(CaseProcess.CLAIM, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6), upper, text, phone, user, english));
                });
        jdbc.query("select case_no, status, waybill_no, station_code, registered_at from violation"
                + " where case_no = :caseNo or waybill_no = :waybill"
                + " order by registered_at desc limit :limit", params, rs -> {
                    hits.add(hit(CaseProcess.VIOLATION, rs.getString(1), rs.getString(2), rs.getString(3), null,
                            rs.getString(4), rs.getTimestamp(5), upper, text, phone, user, english));
                });
        return hits.stream().filter(hit -> hit != null && access.canRead(hit.caseNo(), user))
                .sorted(Comparator.comparing(Hit::openedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private Hit hit(CaseProcess process, String caseNo, String status, String waybill, String phone, String station,
            Timestamp opened, String upper, String text, String searchedPhone, Authentication user, boolean english) {
        String matchedBy = caseNo.equals(upper) ? "caseNo" : text.equals(waybill) ? "waybill" : "phone";
        String shownPhone = phone == null ? null
                : access.seesFullPhone(process, user) ? phone : PersonalData.maskPhone(phone);
        return new Hit(caseNo, labels.process(process, english), statusLabel(process, status, english), waybill, shownPhone,
                station, opened == null ? null : opened.toInstant(), matchedBy);
    }

    /** The status in words, as the case page shows it; a status this version does not know shows as stored. */
    private String statusLabel(CaseProcess process, String status, boolean english) {
        if (status == null) {
            return "";
        }
        try {
            switch (process) {
                case COMPLAINT:
                    return english ? WorkbenchLabels.words(status) : ComplaintStatus.valueOf(status).label();
                case CLAIM:
                    return labels.claimStatus(ClaimStatus.valueOf(status), english);
                default:
                    return english ? WorkbenchLabels.words(status) : ViolationStatus.valueOf(status).label();
            }
        } catch (IllegalArgumentException unknown) {
            return status;
        }
    }
}
