package org.parceldesk.shipment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Default {@link ShipmentDirectory}: the product's own table, filled by demo data and the CSV import. */
@Component
class DatabaseShipmentDirectory implements ShipmentDirectory {

    private final ShipmentRepository shipments;

    DatabaseShipmentDirectory(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ShipmentSnapshot> find(String waybillNo) {
        return shipments.findById(waybillNo).map(Shipment::toSnapshot);
    }
}
