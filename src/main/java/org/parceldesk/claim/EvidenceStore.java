package org.parceldesk.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.workflow.FormContextRefresh;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of claims: checked (size, type by extension and by content), written to
 * {@code parceldesk.claim.evidence.dir/{caseNo}/}, and described by a {@link ClaimEvidence} row
 * with a SHA-256, so that the database holds no file bytes. The one store of customer files: a
 * complaint's photos ({@link #storeFor}) and a mail's attachments ({@link #check}) pass the same checks
 * into the same folder; each owner keeps its own rows (docs/architecture.md).
 */
@Component
public class EvidenceStore {

    /** The first bytes of each accepted type: a renamed .exe is not a photo. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "pdf", new byte[] {'%', 'P', 'D', 'F'});
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "pdf", "application/pdf");

    private final ClaimProperties.Evidence settings;
    private final ClaimEvidenceRepository evidence;
    private final ClaimRepository claims;
    private final Clock clock;
    private final FormContextRefresh formContext;
    private final Messages messages;

    EvidenceStore(ClaimProperties properties, ClaimEvidenceRepository evidence, ClaimRepository claims, Clock clock,
            FormContextRefresh formContext, Messages messages) {
        this.settings = properties.evidence();
        this.evidence = evidence;
        this.claims = claims;
        this.clock = clock;
        this.formContext = formContext;
        this.messages = messages;
    }

    /** One uploaded file, as the web layer hands it over. */
    public record Upload(String fileName, long size, InputStreamSource content) {
    }

    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    @Transactional
    public List<ClaimEvidence> store(String caseNo, List<Upload> uploads) {
        Claim claim = claims.findByCaseNo(caseNo).orElseThrow(() -> ApiProblem.missing("claim.not-found", caseNo));
        if (claim.getStatus().isFinished()) {
            throw ApiProblem.conflict("files", messages.get("claim.evidence.closed", caseNo));
        }
        List<Upload> files = uploads.stream().filter(upload -> upload.size() > 0).toList();
        if (evidence.countByClaimCaseNo(caseNo) + files.size() > settings.maxFiles()) {
            throw ApiProblem.invalid("files", messages.get("claim.evidence.too-many", settings.maxFiles()));
        }
        files.forEach(this::check);
        List<ClaimEvidence> stored = files.stream().map(upload -> write(caseNo, upload)).toList();
        formContext.refresh(caseNo); // an open Collect evidence task lists the new files at once
        return stored;
    }

    /** Checks files before anything is written (size, type, content). */
    public void check(List<Upload> uploads) {
        if (uploads.stream().filter(upload -> upload.size() > 0).count() > settings.maxFiles()) {
            throw ApiProblem.invalid("files", messages.get("claim.evidence.too-many", settings.maxFiles()));
        }
        uploads.stream().filter(upload -> upload.size() > 0).forEach(this::check);
    }

    @Transactional(readOnly = true)
    public List<ClaimEvidence> list(String caseNo) {
        return evidence.findByClaimCaseNoOrderById(caseNo);
    }

    /** The file of one evidence row, if it belongs to the claim. */
    @Transactional(readOnly = true)
    public StoredFile open(String caseNo, long evidenceId) {
        ClaimEvidence row = evidence.findById(evidenceId).filter(e -> e.getClaimCaseNo().equals(caseNo))
                .orElseThrow(() -> ApiProblem.missing("claim.evidence.not-found", caseNo, evidenceId));
        return new StoredFile(row, settings.dir().resolve(row.getStorageKey()));
    }

    public record StoredFile(ClaimEvidence evidence, Path path) {
    }

    private void check(Upload upload) {
        String nameRefusal = fileNameRefusal(upload.fileName());
        if (nameRefusal != null) {
            // the refused name is not echoed: it may hold control or bidi characters
            throw ApiProblem.invalid("files", messages.get("evidence.bad-name"));
        }
        String extension = extension(upload.fileName());
        if (!settings.types().contains(extension) && !("jpeg".equals(extension) && settings.types().contains("jpg"))) {
            throw ApiProblem.invalid("files", messages.get("claim.evidence.bad-type", upload.fileName(),
                    String.join(", ", settings.types())));
        }
        if (upload.size() > settings.maxSize().toBytes()) {
            throw ApiProblem.invalid("files", messages.get("claim.evidence.too-large", upload.fileName(),
                    String.valueOf(settings.maxSize().toMegabytes())));
        }
        byte[] signature = SIGNATURES.get(extension);
        if (signature == null) {
            return;
        }
        try (InputStream in = upload.content().open()) {
            byte[] head = in.readNBytes(signature.length);
            if (!java.util.Arrays.equals(head, signature)) {
                throw ApiProblem.invalid("files", messages.get("claim.evidence.bad-content", upload.fileName(), extension));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file written to the evidence folder, described for a row of the case type that owns it. */
    public record StoredUpload(String originalName, String contentType, long sizeBytes, String sha256, String storageKey) {
    }

    /**
     * Evidence of another case type (a complaint's photos): the same checks (count, name, type,
     * size, content) and the same folder as claim evidence, so that one set of limits applies to
     * every upload. Nothing is written unless every file passes. The caller keeps the rows.
     *
     * @param alreadyStored files the case has already; together at most {@code max-files}
     */
    public List<StoredUpload> storeFor(String caseNo, long alreadyStored, List<Upload> uploads) {
        List<Upload> files = uploads.stream().filter(upload -> upload.size() > 0).toList();
        if (alreadyStored + files.size() > settings.maxFiles()) {
            throw ApiProblem.invalid("files", messages.get("evidence.too-many", settings.maxFiles()));
        }
        files.forEach(this::check);
        return files.stream().map(upload -> writeFile(caseNo, upload)).toList();
    }

    /** Where a stored file's bytes are. */
    public Path pathOf(String storageKey) {
        return settings.dir().resolve(storageKey);
    }

    private ClaimEvidence write(String caseNo, Upload upload) {
        StoredUpload file = writeFile(caseNo, upload);
        return evidence.save(new ClaimEvidence(caseNo, file.originalName(), file.contentType(), file.sizeBytes(),
                file.sha256(), file.storageKey(), clock.instant()));
    }

    private StoredUpload writeFile(String caseNo, Upload upload) {
        String extension = extension(upload.fileName());
        String storageKey = caseNo + "/" + UUID.randomUUID() + "." + extension;
        Path target = settings.dir().resolve(storageKey);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "upload", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long written;
            try (InputStream in = upload.content().open();
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
                written = in.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            String name = upload.fileName() == null ? "file." + extension : Path.of(upload.fileName()).getFileName().toString();
            return new StoredUpload(truncate(name, 255), CONTENT_TYPES.get(extension), written,
                    HexFormat.of().formatHex(sha256.digest()), storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence for " + caseNo, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browsers send a bare file name; a NUL, a control or bidi character ("photo\u202Egpj.exe"), a path
     * or ".." is someone probing, and is refused rather than cleaned.
     */
    private static String fileNameRefusal(String fileName) {
        if (fileName == null) {
            return null;
        }
        String refusal = org.parceldesk.common.TextInput.refusal(fileName);
        if (refusal != null) {
            return refusal;
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..") || fileName.startsWith(".")) {
            return org.parceldesk.common.Messages.text(org.parceldesk.common.Messages.locale(), "claim.evidence.path-in-name");
        }
        return null;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
