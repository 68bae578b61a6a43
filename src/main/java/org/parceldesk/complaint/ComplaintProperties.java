package org.parceldesk.complaint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.complaint.*}: every number and group the complaint workflow uses. The SLA
 * durations themselves live under {@code parceldesk.sla.definitions.<name>}; here are only the
 * names of the SLAs the workflow starts.
 *
 * @param descriptionMinLength  fewer characters are refused (400)
 * @param descriptionMaxLength  more characters are refused (400)
 * @param nameMaxLength         longest customer name accepted
 * @param repeatWindow          how far back complaints by the same phone count
 * @param repeatThreshold       complaints by one phone in the window (this one included) that make a
 *                              repeat complainant, whose case gets high priority
 * @param highTaskPriority      Camunda task priority of HIGH complaints
 * @param normalTaskPriority    Camunda task priority of the others
 * @param defaultHandlerGroup   candidate group when neither category nor station names one
 * @param categoryGroups        candidate group per category, overriding the station's handler group
 * @param regulatorGroups       extra candidate groups for REGULATOR complaints
 * @param dissatisfiedAtMost    a satisfaction rating at or below this reopens the case
 * @param intakeAuthorities     groups allowed to file complaints through the API
 * @param readAuthorities       groups allowed to read complaints through the API
 * @param fullPhoneAuthorities  groups that see the customer's full phone number in the API
 */
@ConfigurationProperties(prefix = "parceldesk.complaint")
public record ComplaintProperties(
        @DefaultValue("10") int descriptionMinLength,
        @DefaultValue("2000") int descriptionMaxLength,
        @DefaultValue("50") int nameMaxLength,
        @DefaultValue("30d") Duration repeatWindow,
        @DefaultValue("2") int repeatThreshold,
        @DefaultValue("80") int highTaskPriority,
        @DefaultValue("50") int normalTaskPriority,
        @DefaultValue("complaint-handler") String defaultHandlerGroup,
        Map<ComplaintCategory, String> categoryGroups,
        @DefaultValue("complaint-supervisor") List<String> regulatorGroups,
        @DefaultValue("2") int dissatisfiedAtMost,
        @DefaultValue({"complaint-handler", "complaint-supervisor", "admin", "intake-api"}) List<String> intakeAuthorities,
        @DefaultValue({"complaint-handler", "complaint-supervisor", "admin"}) List<String> readAuthorities,
        @DefaultValue({"complaint-handler", "complaint-supervisor"}) List<String> fullPhoneAuthorities,
        @DefaultValue Slas sla,
        @DefaultValue Portal portal) {

    public ComplaintProperties {
        categoryGroups = categoryGroups == null ? Map.of() : Map.copyOf(categoryGroups);
        if (descriptionMinLength < 1 || descriptionMaxLength < descriptionMinLength) {
            throw new IllegalArgumentException("parceldesk.complaint description lengths must satisfy 1 <= min <= max");
        }
        if (repeatThreshold < 1) {
            throw new IllegalArgumentException("parceldesk.complaint.repeat-threshold must be at least 1");
        }
        if (dissatisfiedAtMost < 0 || dissatisfiedAtMost > 5) {
            throw new IllegalArgumentException("parceldesk.complaint.dissatisfied-at-most must be within 0..5");
        }
    }

    /**
     * Names of the SLA definitions ({@code parceldesk.sla.definitions.<name>}) that depend on the
     * channel: a REGULATOR complaint runs on its own first-contact and resolution SLAs. The other
     * SLAs of the model (station investigation, internal target, customer wait, survey) are named
     * in the BPMN itself.
     */
    public record Slas(
            @DefaultValue("complaint-first-contact") String firstContact,
            @DefaultValue("complaint-first-contact-regulator") String regulatorFirstContact,
            @DefaultValue("complaint-resolution") String resolution,
            @DefaultValue("complaint-regulator-report") String regulatorResolution) {
    }

    /**
     * The customer portal's links in e-mails.
     *
     * @param baseUrl            public address of the portal, e.g. https://kefu.example.com
     * @param tokenSecret        HMAC key of the signed links; the default is for the demo only: set it per
     *                           installation (blank: a random key per node, links die at restart)
     * @param statusLinkValidity how long a status link works
     * @param surveyLinkValidity how long a survey link works (the survey itself closes when the SLA complaint-satisfaction-survey runs out)
     */
    public record Portal(
            @DefaultValue("http://localhost:8080") String baseUrl,
            @DefaultValue("parceldesk-demo-portal-secret-change-me") String tokenSecret,
            @DefaultValue("180d") Duration statusLinkValidity,
            @DefaultValue("7d") Duration surveyLinkValidity) {
    }
}
