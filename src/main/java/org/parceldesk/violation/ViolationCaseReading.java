package org.parceldesk.violation;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a violation case: the rule of the violation API ({@link ViolationReader}), for the
 * staff workbench, so that both show the same cases.
 */
@Component
public class ViolationCaseReading {

    private final ViolationReader.Resolver readers;
    private final ViolationRepository violations;

    ViolationCaseReading(ViolationReader.Resolver readers, ViolationRepository violations) {
        this.readers = readers;
        this.violations = violations;
    }

    /** The case as the API shows it, or empty when it does not exist or this user may not read it. */
    @Transactional(readOnly = true)
    public Optional<ViolationView> view(String caseNo, Authentication user) {
        ViolationReader reader = readers.of(user);
        return violations.findByCaseNo(caseNo).filter(reader::canSee).map(ViolationView::of);
    }

    @Transactional(readOnly = true)
    public boolean canRead(String caseNo, Authentication user) {
        ViolationReader reader = readers.of(user);
        return violations.findByCaseNo(caseNo).map(reader::canSee).orElse(false);
    }

    /** Whether this user reads every violation (a missing case is then "not found", not "not yours"). */
    public boolean readsEverything(Authentication user) {
        return readers.of(user).everything();
    }
}
