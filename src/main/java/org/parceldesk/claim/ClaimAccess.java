package org.parceldesk.claim;

import java.util.Set;
import org.parceldesk.security.RoutedCases;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may open one claim ({@code @PreAuthorize("@claimAccess.canRead(authentication, #caseNo)")}): the
 * roles that read every claim, and whoever was routed a task of this claim (its candidate group, a
 * group or user a supervisor gave the task to). One rule for the API and the workbench, so that nobody
 * is given a task whose case they cannot open, and nobody else opens it.
 */
@Component("claimAccess")
class ClaimAccess {

    /** The roles of {@link ClaimController#CLAIM_STAFF}: they read every claim. */
    static final Set<String> READ_EVERY_CLAIM = ClaimReading.STAFF;

    private final RoutedCases routed;

    ClaimAccess(RoutedCases routed) {
        this.routed = routed;
    }

    public boolean canRead(Authentication authentication, String caseNo) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        boolean reader = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(READ_EVERY_CLAIM::contains);
        return reader || routed.wasRoutedTo(caseNo, authentication);
    }
}
