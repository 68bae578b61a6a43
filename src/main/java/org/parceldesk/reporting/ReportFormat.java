package org.parceldesk.reporting;

import org.parceldesk.common.Messages;
import java.util.List;
import java.util.Locale;
import org.parceldesk.common.ApiProblem;
import org.springframework.http.MediaType;

/** The three ways a report leaves: JSON, CSV (UTF-8 with BOM, for Excel) and XLSX. */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    private final MediaType mediaType;
    private final String extension;

    ReportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /**
     * {@code format=} wins; otherwise the first Accept type that names CSV or XLSX; otherwise JSON.
     *
     * @throws ApiProblem naming {@code format} for an unknown value
     */
    static ReportFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            for (ReportFormat candidate : values()) {
                if (candidate.extension.equals(format.strip().toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw ApiProblem.invalid("format", Messages.forReader("report.problem.format"));
        }
        if (accept != null && !accept.isBlank()) {
            List<MediaType> accepted;
            try {
                accepted = MediaType.parseMediaTypes(accept);
            } catch (org.springframework.util.InvalidMimeTypeException e) {
                throw ApiProblem.invalid("Accept", Messages.forReader("report.problem.accept"));
            }
            MediaType.sortBySpecificityAndQuality(accepted);
            for (MediaType type : accepted) {
                if (type.equalsTypeAndSubtype(XLSX.mediaType)) {
                    return XLSX;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return CSV;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return JSON;
                }
            }
        }
        return JSON;
    }
}
