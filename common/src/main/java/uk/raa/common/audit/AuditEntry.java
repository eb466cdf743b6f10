package uk.raa.common.audit;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One access to a record, as shown to the staff who may ask who saw it. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        @Schema(example = "2026-11-22T10:15:30Z") OffsetDateTime occurredAt,
        @Schema(example = "http://localhost:8180/realms/ace f374f0ba-cea5-4dab-a560-afced388ad6d") String actor,
        @Schema(example = "coventry") String authority,
        @Schema(example = "ace") String agency,
        @Schema(example = "READ") String action,
        @Schema(example = "child") String recordType,
        @Schema(example = "case-work") String purpose,
        @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") String requestId,
        @Schema(description = "How many records this access covered (a list names every record it returned)", example = "1") int recordCount) {
}
