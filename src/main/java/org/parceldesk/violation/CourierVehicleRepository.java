package org.parceldesk.violation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourierVehicleRepository extends JpaRepository<CourierVehicle, String> {

    List<CourierVehicle> findByCourierNo(String courierNo);
}
