package org.parceldesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's Clock in tests: it reads Camunda's ClockUtil, so that moving the engine's
 * time with {@code ClockUtil.setCurrentTime} moves ParcelDesk's time too, without sleeping.
 */
public class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }

    /** Moves both clocks. */
    public static void setNow(Instant now) {
        ClockUtil.setCurrentTime(java.util.Date.from(now));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
