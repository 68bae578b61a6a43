package org.parceldesk.designer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parceldesk.designer.migration}.
 *
 * @param dryRunLimit how many instances per source version a dry run (and an execute) looks at; the
 *                    rest are reported as not checked
 */
@ConfigurationProperties("parceldesk.designer.migration")
record MigrationProperties(@DefaultValue("500") int dryRunLimit) {
}
