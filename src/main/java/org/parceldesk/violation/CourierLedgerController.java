package org.parceldesk.violation;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A courier's violation ledger: the courier themselves, their station manager, inspectors and supervisors. */
@RestController
class CourierLedgerController {

    private final CourierLedger ledger;
    private final CourierRepository couriers;
    private final ViolationReader.Resolver readers;

    CourierLedgerController(CourierLedger ledger, CourierRepository couriers, ViolationReader.Resolver readers) {
        this.ledger = ledger;
        this.couriers = couriers;
        this.readers = readers;
    }

    @GetMapping("/api/v1/couriers/{courierNo}/ledger")
    @PreAuthorize(ViolationController.READERS)
    CourierLedgerView ledger(@PathVariable String courierNo, Authentication authentication) {
        ViolationReader reader = readers.of(authentication);
        Courier courier = couriers.findById(courierNo).orElse(null);
        if (courier == null) {
            if (!reader.everything()) {
                throw new AccessDeniedException("not your courier");
            }
            throw ApiProblem.missing("violation.courier.not-found", courierNo);
        }
        if (!reader.canSee(courier)) {
            throw new AccessDeniedException("not your courier");
        }
        return ledger.view(courierNo);
    }
}
