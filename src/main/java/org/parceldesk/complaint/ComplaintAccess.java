package org.parceldesk.complaint;

import java.util.Collection;
import org.parceldesk.security.RoutedCases;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who may do what with complaints through the API ({@code @PreAuthorize("@complaintAccess…")}), from configuration. */
@Component("complaintAccess")
public class ComplaintAccess {

    private final ComplaintProperties properties;
    private final RoutedCases routed;

    ComplaintAccess(ComplaintProperties properties, RoutedCases routed) {
        this.properties = properties;
        this.routed = routed;
    }

    public boolean canFile(Authentication authentication) {
        return hasAny(authentication, properties.intakeAuthorities());
    }

    /** Lists and searches: the roles that read every complaint. */
    public boolean canRead(Authentication authentication) {
        return hasAny(authentication, properties.readAuthorities());
    }

    /**
     * One complaint: the roles that read every complaint, and whoever was routed a task of this one
     * (a category's group, the station's manager asked to investigate) — one rule for the API and
     * the workbench, so that nobody is given a task whose case they cannot open.
     */
    public boolean canRead(Authentication authentication, String caseNo) {
        if (canRead(authentication)) {
            return true;
        }
        return authentication != null && authentication.isAuthenticated()
                && routed.wasRoutedTo(caseNo, authentication.getName(),
                        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    public boolean seesFullPhone(Authentication authentication) {
        return hasAny(authentication, properties.fullPhoneAuthorities());
    }

    private static boolean hasAny(Authentication authentication, Collection<String> groups) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(groups::contains);
    }
}
