package org.parceldesk.complaint;

import java.time.LocalDate;

/**
 * What the regulator (邮政管理部门, 申诉) gave with a referred complaint: their reference number, the
 * day by which they want the outcome (inclusive, business time zone) and whom to report to.
 */
record RegulatorReferral(String reference, LocalDate deadline, String contact) {
}
