package org.parceldesk.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Marker;

/**
 * The engine logs a refused task completion as an ERROR with the whole stack trace: the command
 * context logs every exception it closes with (ENGINE-16004, logger {@code org.camunda.bpm.engine.context}),
 * and engine REST logs what it answers with 500 ({@code org.camunda.bpm.engine.rest.exception}).
 * A user's mistake is not an error of the system: this drops those two ERROR events when the
 * exception carries a refusal and a user is signed in (a request, not a job); the REST answer logs
 * one INFO line instead ({@link RefusalResponses}). Every other error, and refusals in jobs, stay
 * ERRORs.
 */
class RefusalLogFilter extends TurboFilter {

    static final String NAME = "parceldesk-refusals";
    private static final String[] ENGINE_LOGGERS = {"org.camunda.bpm.engine.context", "org.camunda.bpm.engine.rest.exception"};

    RefusalLogFilter() {
        setName(NAME);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger == null || !isEngineLogger(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : lastThrowable(params);
        if (thrown != null && Refusal.isRefusal(thrown) && isUserRequest()) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean isEngineLogger(String name) {
        for (String engineLogger : ENGINE_LOGGERS) {
            if (name.startsWith(engineLogger)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable thrown ? thrown : null;
    }

    /** A signed-in user's command; a job or timer runs without one, and its refusal is an incident worth an ERROR. */
    private static boolean isUserRequest() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            // engine REST logs after the command has closed; it only logs while answering a request
            return true;
        }
        return context.getAuthenticatedUserId() != null;
    }
}
