package org.parceldesk.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoComplainantRepository extends JpaRepository<CoComplainant, Long> {

    @Query("select co.customerPhone from CoComplainant co where co.complaint.caseNo = :caseNo")
    List<String> phonesOfCase(String caseNo);
}
