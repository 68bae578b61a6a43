package org.parceldesk.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling per client address (docs/security.md, "Throttling"). Each limit is a token bucket of
 * {@code requests} tokens that refills completely in {@code per}; the buckets live in the memory of
 * each node, so with N nodes behind a load balancer a client gets up to N times the rate.
 *
 * @param trustForwardedFor take the client address from X-Forwarded-For — only when the request comes
 *                          from one of {@code trustedProxies}; off by default, because any client can
 *                          send the header and would choose its own address
 * @param trustedProxies    addresses of the reverse proxies / load balancers allowed to set X-Forwarded-For
 * @param exemptAddresses   addresses never throttled (e.g. a monitoring host); empty by default
 * @param maxTrackedAddresses buckets kept per limit; beyond it, full buckets are forgotten first
 * @param login             failed logins (HTTP Basic, the login form, the Camunda webapps' login) per address
 * @param portalFiling      form submissions in the customer portal (complaint, claim, evidence, survey …) per address
 * @param portalLookup      case look-ups in the portal and /api/public per address
 * @param portalTracking    tracking attempts by case number + phone (portal page and /api/public/complaints/track)
 *                          per address; low, because four digits of a phone can be guessed
 */
@ConfigurationProperties(prefix = "parceldesk.abuse")
record AbuseProperties(
        @DefaultValue("false") boolean trustForwardedFor,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue List<String> exemptAddresses,
        @DefaultValue("100000") int maxTrackedAddresses,
        @DefaultValue({"10", "15m"}) Rate login,
        @DefaultValue({"10", "1h"}) Rate portalFiling,
        @DefaultValue({"60", "1m"}) Rate portalLookup,
        @DefaultValue({"10", "10m"}) Rate portalTracking) {

    /** A bucket of {@code requests} tokens, refilled evenly over {@code per}. */
    public record Rate(int requests, Duration per) {

        public Rate {
            if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate needs requests >= 1 and a positive period, was "
                        + requests + " per " + per);
            }
        }
    }
}
