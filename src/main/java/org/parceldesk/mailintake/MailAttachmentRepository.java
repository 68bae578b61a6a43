package org.parceldesk.mailintake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailAttachmentRepository extends JpaRepository<MailAttachment, Long> {

    List<MailAttachment> findByCaseNoOrderById(String caseNo);

    List<MailAttachment> findByUnmatchedIdOrderById(Long unmatchedId);
}
