package org.parceldesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request really comes from. X-Forwarded-For is read only when configured and only
 * when the direct peer is a trusted proxy; then the right-most address that is not a trusted proxy
 * wins, because entries to its left were written by the client and may be anything.
 */
final class ClientAddresses {

    private final boolean trustForwardedFor;
    private final Set<String> trustedProxies;

    ClientAddresses(AbuseProperties properties) {
        this.trustForwardedFor = properties.trustForwardedFor();
        this.trustedProxies = Set.copyOf(properties.trustedProxies());
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trustForwardedFor || !trustedProxies.contains(peer)) {
            return peer;
        }
        String header = request.getHeader("X-Forwarded-For");
        if (header == null || header.isBlank()) {
            return peer;
        }
        String[] hops = header.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
