package org.parceldesk.reporting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReportExportRepository extends JpaRepository<ReportExport, Long>, JpaSpecificationExecutor<ReportExport> {
}
