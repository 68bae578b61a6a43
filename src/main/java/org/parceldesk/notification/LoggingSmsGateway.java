package org.parceldesk.notification;

import org.parceldesk.common.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default: writes each text to the log (number masked) instead of sending it. */
final class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(SmsRequest request) {
        log.info("SMS {} to {} ({} segment(s)), not sent (gateway LOGGING): {}", request.reference(),
                PersonalData.maskPhone(request.mobile()), request.segments(), request.text());
    }
}
