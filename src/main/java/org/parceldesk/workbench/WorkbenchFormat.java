package org.parceldesk.workbench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.parceldesk.common.ZoneProperties;
import org.springframework.stereotype.Component;

/** Times as the workbench shows them: in the business time zone (parceldesk.zone), to the minute. */
@Component("workbenchFormat")
class WorkbenchFormat {

    private final DateTimeFormatter time;

    WorkbenchFormat(ZoneProperties zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone.zone());
    }

    /** Also for templates: {@code ${@workbenchFormat.time(x)}}. */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** "剩余 2天3小时" / "2d 3h left", or how long overdue. */
    static String remaining(Instant now, Instant due, WorkbenchTexts.Texts t) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(now, due);
        boolean overdue = left.isNegative();
        Duration abs = left.abs();
        String span = abs.toDays() > 0 ? t.format("span.dh", abs.toDays(), abs.toHoursPart())
                : t.format("span.hm", abs.toHours(), abs.toMinutesPart());
        return overdue ? t.format("sla.overdueBy", span) : t.format("sla.left", span);
    }
}
