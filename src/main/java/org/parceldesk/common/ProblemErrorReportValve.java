package org.parceldesk.common;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before they reach the application — an encoded slash in the path,
 * {@code [ ]} in a query, a malformed request line — and would answer with its HTML error report.
 * This valve answers such errors as problem JSON instead, without server details.
 *
 * <p>Public on purpose: Tomcat creates it by class name ({@code setErrorReportValveClass}), which
 * fails silently for a package-private class and brings the HTML report back (HostileInputIT).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        // bundle texts hold no quote or backslash, so they are written into the JSON as they are
        Locale locale = Messages.locale(request.getHeader("Accept-Language"));
        String title = known == null ? "Error" : Messages.textOrDefault(locale, "problem.title." + status, known.getReasonPhrase());
        String detail = Messages.text(locale, status >= 500 ? "problem.unexpected.short" : "problem.refused-early");
        String errors = status == 400 ? ",\"errors\":[{\"field\":\"request\",\"message\":\""
                + Messages.text(locale, "problem.field.malformed") + "\"}]" : "";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"" + errors + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing to tell
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
