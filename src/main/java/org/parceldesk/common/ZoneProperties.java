package org.parceldesk.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The business time zone: case-number dates and local times are in it, whatever the server's zone. */
@ConfigurationProperties(prefix = "parceldesk")
public record ZoneProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
