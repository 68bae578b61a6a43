package org.parceldesk.masterdata;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the master-data audit list; a row is written in the transaction of the change it records. */
@Component
public class MasterDataAuditLog {

    private final MasterDataAuditRepository rows;
    private final Clock clock;

    MasterDataAuditLog(MasterDataAuditRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityKey, String action, String user, String detail) {
        rows.save(new MasterDataAudit(entityType, entityKey, action, clock.instant(), user, detail));
    }

    /** Newest first, at most 500; one entity when both type and key are given. */
    @Transactional(readOnly = true)
    public List<MasterDataAudit> list(String entityType, String entityKey) {
        if (entityType != null && entityKey != null) {
            return rows.findTop500ByEntityTypeAndEntityKeyOrderByIdDesc(entityType, entityKey);
        }
        return rows.findTop500ByOrderByIdDesc();
    }
}
