package org.parceldesk.shipment;

import java.util.Optional;

/**
 * The one port to shipment facts. In production it may be backed by the tracking system; the
 * default adapter reads ParcelDesk's own shipment table.
 */
public interface ShipmentDirectory {

    Optional<ShipmentSnapshot> find(String waybillNo);
}
