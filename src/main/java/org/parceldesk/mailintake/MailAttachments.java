package org.parceldesk.mailintake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parceldesk.claim.ClaimProperties;
import org.parceldesk.claim.EvidenceStore;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Keeps a mail's attachments as evidence under the limits of claim evidence (types by extension
 * and content, size, files per case — {@code parceldesk.claim.evidence.*}). A file outside them is
 * not stored; its name and the reason go onto the case's timeline, and the mail is still processed.
 * Files are written before the transaction commits: a rolled-back mail leaves at most an
 * unreferenced file behind, never a row without its file.
 */
@Component
class MailAttachments {

    private final EvidenceStore evidenceRules;
    private final ClaimProperties.Evidence limits;
    private final MailAttachmentRepository attachments;
    private final MailIntakeProperties properties;
    private final Clock clock;

    MailAttachments(EvidenceStore evidenceRules, ClaimProperties claims, MailAttachmentRepository attachments,
            MailIntakeProperties properties, Clock clock) {
        this.evidenceRules = evidenceRules;
        this.limits = claims.evidence();
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /** Largest attachment read into memory: the evidence size limit. */
    long maxBytes() {
        return limits.maxSize().toBytes();
    }

    /** What became of a mail's files: stored rows, and "name: reason" for each one refused. */
    record Kept(List<MailAttachment> stored, List<String> refused) {

        List<String> storedNames() {
            return stored.stream().map(MailAttachment::getFileName).toList();
        }
    }

    /** Stores the files that pass the evidence rules; {@code alreadyOnCase} counts toward the per-case maximum. */
    Kept keep(long messageRow, List<InboundMail.Attachment> files, long alreadyOnCase) {
        List<MailAttachment> stored = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (InboundMail.Attachment file : files) {
            String name = file.fileName() == null || file.fileName().isBlank() ? MailIntake.recorded("mail.attachment.unnamed") : file.fileName();
            String refusal = refusal(file, alreadyOnCase + stored.size());
            if (refusal != null) {
                refused.add(name + ": " + refusal);
                continue;
            }
            stored.add(write(messageRow, file));
        }
        return new Kept(stored, refused);
    }

    /** Why a file was not kept is recorded with the mail or the case, so it is Chinese (docs/messages.md). */
    private static String recorded(String key, Object... args) {
        return org.parceldesk.common.Messages.text(org.parceldesk.common.Messages.DEFAULT, key, args);
    }

    private String refusal(InboundMail.Attachment file, long countSoFar) {
        if (file.content() == null) {
            return recorded("mailintake.attachment.too-large", limits.maxSize().toMegabytes());
        }
        if (countSoFar >= limits.maxFiles()) {
            return recorded("mailintake.attachment.too-many", limits.maxFiles());
        }
        try {
            evidenceRules.check(List.of(new EvidenceStore.Upload(file.fileName() == null ? "" : file.fileName(),
                    file.size(), () -> new ByteArrayInputStream(file.content()))));
            return extension(file.fileName()).isEmpty() ? recorded("mailintake.attachment.bad-type", String.join(", ", limits.types()))
                    : null;
        } catch (ApiProblem problem) {
            return problem.errors().isEmpty() ? problem.getMessage()
                    : problem.errors().stream().map(FieldProblem::message).collect(Collectors.joining("; "));
        }
    }

    private MailAttachment write(long messageRow, InboundMail.Attachment file) {
        String extension = extension(file.fileName());
        String storageKey = clock.instant().toString().substring(0, 10) + "/" + UUID.randomUUID() + "." + extension;
        Path target = properties.attachmentDir().resolve(storageKey);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "mail", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(file.content());
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a mail attachment", e);
        }
        String name = Path.of(file.fileName()).getFileName().toString();
        return attachments.save(new MailAttachment(messageRow, name.length() <= 255 ? name : name.substring(name.length() - 255),
                contentType(extension), file.size(), sha256(file.content()), storageKey, clock.instant()));
    }

    Path pathOf(MailAttachment attachment) {
        return properties.attachmentDir().resolve(attachment.getStorageKey());
    }

    private static String contentType(String extension) {
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
