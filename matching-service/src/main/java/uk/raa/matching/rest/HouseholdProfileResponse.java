package uk.raa.matching.rest;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.HouseholdStatus;

@Schema(name = "HouseholdProfile", description = "Matching's copy of a household's match profile, for agency staff")
public record HouseholdProfileResponse(
        @Schema(example = "0c8d7c3e-6f0a-4b55-8f0e-2d7c1c9e4a21") UUID householdId,
        HouseholdMatchProfile matchProfile,
        @Schema(example = "ace") String recruitingAgency,
        @Schema(example = "REGIONAL_ADOPTION_AGENCY") AgencyType recruitingAgencyType,
        @Schema(example = "[\"coventry\"]") Set<String> excludedAreas,
        @Schema(example = "APPROVED_WAITING") HouseholdStatus status,
        @Schema(description = "Send it back in If-Match to update", example = "0") long version,
        @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {
}
