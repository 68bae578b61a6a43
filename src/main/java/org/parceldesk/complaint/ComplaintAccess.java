package org.parceldesk.complaint;

import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who may do what with complaints through the API ({@code @PreAuthorize("@complaintAccess…")}), from configuration. */
@Component("complaintAccess")
public class ComplaintAccess {

    private final ComplaintProperties properties;

    ComplaintAccess(ComplaintProperties properties) {
        this.properties = properties;
    }

    public boolean canFile(Authentication authentication) {
        return hasAny(authentication, properties.intakeAuthorities());
    }

    public boolean canRead(Authentication authentication) {
        return hasAny(authentication, properties.readAuthorities());
    }

    public boolean seesFullPhone(Authentication authentication) {
        return hasAny(authentication, properties.fullPhoneAuthorities());
    }

    private static boolean hasAny(Authentication authentication, Collection<String> groups) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(groups::contains);
    }
}
