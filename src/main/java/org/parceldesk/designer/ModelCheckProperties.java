package org.parceldesk.designer;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.designer.checks}: the deploy-time model checks (docs/designing.md).
 *
 * @param enabled        refuse broken models at deployment and at startup (default true; switch off only
 *                       to get a broken deployment out of the way in an emergency)
 * @param knownVariables process variables that Java code sets and expressions call methods on, e.g.
 *                       {@code ${caseFile.isInsured()}}: the check cannot see them in the model
 */
@ConfigurationProperties("parceldesk.designer.checks")
public record ModelCheckProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> knownVariables) {
}
