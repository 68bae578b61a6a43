package org.parceldesk.workbench;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who looks at the workbench: the user, their groups, the processes whose tasks they supervise
 * (the same rule that lets them reassign), and whether they administer everything.
 */
record Viewer(String userId, List<String> groups, Set<String> supervisedProcesses, boolean admin) {

    static List<String> groupsOf(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    /** Whether the team view has anything beyond the user's own candidate tasks. */
    public boolean supervises() {
        return admin || !supervisedProcesses.isEmpty();
    }
}
