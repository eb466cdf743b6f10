package uk.raa.finance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.finance.domain.entity.MembershipVariation;

/** What the partnership endpoints answer. */
public final class PartnershipViews {

    private PartnershipViews() {
    }

    @Schema(name = "Partnership")
    public record PartnershipView(
            @Schema(example = "ace") String agency,
            @Schema(example = "Adoption Central England") String name,
            @Schema(example = "warwickshire") String hostAuthority,
            List<MembershipView> memberships) {
    }

    @Schema(name = "Membership")
    public record MembershipView(
            @Schema(example = "herefordshire") String authority,
            @Schema(example = "2019-07-01") LocalDate from,
            @Schema(description = "Last day of membership; absent while open", example = "2024-03-31") LocalDate to) {
    }

    @Schema(name = "DeedOfVariation")
    public record VariationView(
            @Schema(example = "0b7e6c1e-5a41-4c2c-9d0a-3f6a2b1f9e77") UUID id,
            @Schema(example = "ace") String agency,
            @Schema(example = "JOIN") MembershipVariation.Kind kind,
            @Schema(example = "herefordshire") String authority,
            @Schema(description = "First day of membership (JOIN) or last day (LEAVE)", example = "2019-07-01")
            LocalDate effectiveDate,
            @Schema(example = "AWAITING_CONSENTS") MembershipVariation.Status status,
            @Schema(description = "Every authority that was a member when the deed was proposed",
                    example = "[\"coventry\",\"solihull\",\"warwickshire\",\"worcestershire\"]")
            List<String> requiredConsents,
            @Schema(example = "[\"solihull\",\"warwickshire\",\"worcestershire\"]") List<String> awaitingConsents,
            List<ConsentView> consents,
            @Schema(example = "2026-11-22T10:15:30Z") Instant proposedAt,
            @Schema(example = "2026-11-23T09:00:00Z") Instant effectiveAt,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "Consent")
    public record ConsentView(
            @Schema(example = "coventry") String authority,
            @Schema(description = "Issuer and subject of the principal who consented",
                    example = "https://keycloak.example/realms/ace coventry.staff") String consentedBy,
            @Schema(description = "Date the authority signed the deed, if given", example = "2019-03-01")
            LocalDate signedOn,
            @Schema(example = "2026-11-22T10:15:30Z") Instant recordedAt) {
    }
}
