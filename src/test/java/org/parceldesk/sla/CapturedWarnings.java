package org.parceldesk.sla;

import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Collects the warnings {@link HolidayCalendar} logs while open, so tests can count them. */
final class CapturedWarnings implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(HolidayCalendar.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedWarnings() {
        appender.start();
        logger.addAppender(appender);
    }

    List<String> messages() {
        return appender.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
