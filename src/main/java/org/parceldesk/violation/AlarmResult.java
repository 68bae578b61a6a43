package org.parceldesk.violation;

import java.math.BigDecimal;

/** What became of an alarm: a case ({@code REGISTERED}), or nothing because it was within tolerance. */
record AlarmResult(Outcome outcome, String caseNo, String courierNo, BigDecimal overLimitKmh) {

    enum Outcome { REGISTERED, BELOW_THRESHOLD }
}
