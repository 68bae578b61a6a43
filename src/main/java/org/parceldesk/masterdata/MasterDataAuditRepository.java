package org.parceldesk.masterdata;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MasterDataAuditRepository extends JpaRepository<MasterDataAudit, Long> {

    List<MasterDataAudit> findTop500ByOrderByIdDesc();

    List<MasterDataAudit> findTop500ByEntityTypeAndEntityKeyOrderByIdDesc(String entityType, String entityKey);
}
