package org.parceldesk.shipment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Shipments", description = "Master data: shipment snapshots (运单)")
class ShipmentController {

    private final ShipmentRepository shipments;

    ShipmentController(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @GetMapping("/{waybillNo}")
    @Operation(summary = "One shipment by waybill number")
    @Transactional(readOnly = true)
    ShipmentSnapshot get(@PathVariable String waybillNo) {
        return shipments.findById(waybillNo).map(Shipment::toSnapshot)
                .orElseThrow(() -> ApiProblem.missing("shipment.not-found", waybillNo));
    }

    @GetMapping
    @Operation(summary = "Shipments, paged; filters: service type, insured, station (origin or destination), status")
    @Transactional(readOnly = true)
    PageResponse<ShipmentSnapshot> list(
            @RequestParam(required = false) ServiceType serviceType,
            @RequestParam(required = false) Boolean insured,
            @RequestParam(required = false) String station,
            @RequestParam(required = false) ShipmentStatus status,
            @PageableDefault(size = 20, sort = "waybillNo", direction = Sort.Direction.ASC) Pageable pageable) {
        List<Specification<Shipment>> filters = new ArrayList<>();
        if (serviceType != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("serviceType"), serviceType));
        }
        if (insured != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("insured"), insured));
        }
        if (station != null) {
            filters.add((root, query, cb) -> cb.or(cb.equal(root.get("originStationCode"), station),
                    cb.equal(root.get("destinationStationCode"), station)));
        }
        if (status != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return PageResponse.of(shipments.findAll(Specification.allOf(filters), pageable), Shipment::toSnapshot);
    }
}
