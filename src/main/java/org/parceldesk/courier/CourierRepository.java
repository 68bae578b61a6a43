package org.parceldesk.courier;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourierRepository extends JpaRepository<Courier, String> {

    Optional<Courier> findByUserId(String userId);
}
