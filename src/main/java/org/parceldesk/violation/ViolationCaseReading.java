package org.parceldesk.violation;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a violation case: the rule of the violation API ({@link ViolationAccess}: what
 * {@link ViolationReader} allows, and whoever was routed a task of the case), for the staff workbench,
 * so that both show the same cases.
 */
@Component
public class ViolationCaseReading {

    private final ViolationReader.Resolver readers;
    private final ViolationRepository violations;
    private final ViolationAccess access;

    ViolationCaseReading(ViolationReader.Resolver readers, ViolationRepository violations, ViolationAccess access) {
        this.readers = readers;
        this.violations = violations;
        this.access = access;
    }

    /** The case as the API shows it, or empty when it does not exist or this user may not read it. */
    @Transactional(readOnly = true)
    public Optional<ViolationView> view(String caseNo, Authentication user) {
        return violations.findByCaseNo(caseNo).filter(violation -> access.canRead(user, caseNo)).map(ViolationView::of);
    }

    @Transactional(readOnly = true)
    public boolean canRead(String caseNo, Authentication user) {
        // the API's rule (ViolationAccess): the readers, and whoever was routed a task of this case
        return violations.findByCaseNo(caseNo).isPresent() && access.canRead(user, caseNo);
    }

    /** Whether this user reads every violation (a missing case is then "not found", not "not yours"). */
    public boolean readsEverything(Authentication user) {
        return readers.of(user).everything();
    }
}
