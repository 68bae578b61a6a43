package org.parceldesk.security;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Installs {@link RefusalLogFilter} once per logging context (Spring Boot may re-initialise logback). */
@Component
class RefusalLogSetup implements SmartInitializingSingleton {

    @Override
    public void afterSingletonsInstantiated() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(f -> RefusalLogFilter.NAME.equals(f.getName()))) {
            RefusalLogFilter filter = new RefusalLogFilter();
            filter.start();
            logback.addTurboFilter(filter);
        }
    }
}
