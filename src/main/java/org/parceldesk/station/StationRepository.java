package org.parceldesk.station;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StationRepository extends JpaRepository<Station, String> {

    List<Station> findByManagerUserId(String managerUserId);
}
