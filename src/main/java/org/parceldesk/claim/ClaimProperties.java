package org.parceldesk.claim;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * The claim process's configurable defaults (the payout terms are {@link PayoutPolicy}).
 *
 * @param window           a claim is accepted within this time of the shipping date (邮政法 art. 49: 1 year)
 * @param maxDisputeRounds disputes that go back to assessment; the next one goes to the claims supervisor
 * @param recovery         chargebacks to the responsible station
 * @param evidence         uploads from the portal
 * @param portal           links in e-mails to the customer's claim page
 */
@ConfigurationProperties(prefix = "parceldesk.claim")
public record ClaimProperties(
        @DefaultValue("365d") @DurationUnit(java.time.temporal.ChronoUnit.DAYS) Duration window,
        @DefaultValue("3") int maxDisputeRounds,
        @DefaultValue Recovery recovery,
        @DefaultValue Evidence evidence,
        @DefaultValue Portal portal) {

    public ClaimProperties {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("parceldesk.claim.window must be positive, was " + window);
        }
        if (maxDisputeRounds < 0) {
            throw new IllegalArgumentException("parceldesk.claim.max-dispute-rounds must not be negative");
        }
    }

    /** @param stationShare part of the payout charged back to the station, 0–1 (default 1.00 = 100 %) */
    public record Recovery(@DefaultValue("1.00") BigDecimal stationShare) {
        public Recovery {
            if (stationShare.signum() < 0 || stationShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(
                        "parceldesk.claim.recovery.station-share must be between 0 and 1, was " + stationShare);
            }
        }
    }

    /**
     * @param dir      where evidence files are stored (outside the database)
     * @param maxSize  largest accepted file
     * @param types    accepted file types, by extension; the content is checked too
     * @param maxFiles most files per claim
     */
    public record Evidence(
            @DefaultValue("./data/evidence") Path dir,
            @DefaultValue("5MB") DataSize maxSize,
            @DefaultValue({"jpg", "png", "pdf"}) List<String> types,
            @DefaultValue("10") int maxFiles) {
        public Evidence {
            Objects.requireNonNull(dir, "parceldesk.claim.evidence.dir");
            types = types.stream().map(type -> type.toLowerCase(java.util.Locale.ROOT)).toList();
        }
    }

    /**
     * @param baseUrl      public address of ParcelDesk, for links in e-mails
     * @param linkSecret   HMAC key of the customer's links; set the same value on every node
     * @param linkValidity how long a link stays valid
     */
    public record Portal(
            @DefaultValue("http://localhost:8080") String baseUrl,
            @DefaultValue("change-me-parceldesk-claim-links") String linkSecret,
            @DefaultValue("30d") @DurationUnit(java.time.temporal.ChronoUnit.DAYS) Duration linkValidity) {
    }
}
