package org.parceldesk.designer;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.designer.checks}: the deploy-time model checks (docs/designing.md).
 *
 * @param enabled       refuse broken models at deployment and at startup (default true; switch off only
 *                      to get a broken deployment out of the way in an emergency)
 * @param allowedBeans  ParcelDesk beans that models may call besides those the shipped models call
 *                      (each must be a bean of a class under {@code org.parceldesk}, or startup fails)
 * @param shippedModels where the application's own models are; the beans they call are allowed
 */
@ConfigurationProperties("parceldesk.designer.checks")
record ModelCheckProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> allowedBeans,
        @DefaultValue("classpath*:processes/**/*.bpmn") String shippedModels) {
}
