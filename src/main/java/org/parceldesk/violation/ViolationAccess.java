package org.parceldesk.violation;

import org.parceldesk.security.RoutedCases;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open one violation ({@code @PreAuthorize("@violationAccess.canRead(authentication, #caseNo)")}):
 * what {@link ViolationReader} allows (inspectors, complaint supervisors and admins everything, a station
 * manager the cases of their stations, a courier their own), and whoever was routed a task of this case
 * (the queue of a station without a manager, a group or user a supervisor gave the task to). One rule for
 * the API and the workbench. A case number that does not exist is 404 only for those who read everything;
 * anyone else learns nothing (403).
 */
@Component("violationAccess")
class ViolationAccess {

    private final ViolationRepository violations;
    private final ViolationReader.Resolver readers;
    private final RoutedCases routed;

    ViolationAccess(ViolationRepository violations, ViolationReader.Resolver readers, RoutedCases routed) {
        this.violations = violations;
        this.readers = readers;
        this.routed = routed;
    }

    @Transactional(readOnly = true)
    public boolean canRead(Authentication authentication, String caseNo) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        ViolationReader reader = readers.of(authentication);
        Violation violation = violations.findByCaseNo(caseNo).orElse(null);
        if (violation == null) {
            return reader.everything();
        }
        return reader.canSee(violation) || routed.wasRoutedTo(caseNo, authentication);
    }
}
