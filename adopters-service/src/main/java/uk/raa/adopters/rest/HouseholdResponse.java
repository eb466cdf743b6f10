package uk.raa.adopters.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.AgencyType;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;
import uk.raa.adopters.domain.process.ProcessState;

/** The whole household, as agency staff see it (includes the restricted adopters and address). */
@Schema(name = "Household")
public record HouseholdResponse(
        @Schema(example = "0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11") UUID id,
        @Schema(example = "ace") String agency,
        @Schema(example = "ACE-H-2024-017") String householdReference,
        List<AdopterView> adopters,
        HomeAddressView homeAddress,
        @Schema(example = "warwickshire") String areaOfResidence,
        RecruitingAgencyView recruitingAgency,
        @Schema(example = "NONE") FastTrackRoute fastTrackRoute,
        OfferView offer,
        @Schema(description = "Current process state", example = "STAGE_1_STARTED") ProcessState state,
        @Schema(example = "2024-02-05") LocalDate stateSince,
        @Schema(description = "ADM approval date, once approved", example = "2024-09-12") LocalDate approvedOn,
        @Schema(description = "Send it back in If-Match to update", example = "0") long version,
        @Schema(example = "2024-09-12T10:15:30Z") Instant updatedAt) {

    @Schema(name = "AdopterView")
    public record AdopterView(
            @Schema(example = "Sam") String givenName,
            @Schema(example = "Okafor") String familyName,
            @Schema(example = "1986-05-02") LocalDate dateOfBirth,
            @Schema(example = "sam@example.org") String email,
            @Schema(example = "01632 960123") String phone) {
    }

    @Schema(name = "HomeAddressView")
    public record HomeAddressView(
            @Schema(example = "1 Example Street, Warwick") String address,
            @Schema(example = "CV34 4AB") String postcode) {
    }

    @Schema(name = "RecruitingAgencyView")
    public record RecruitingAgencyView(@Schema(example = "ace") String code,
            @Schema(example = "THIS_AGENCY") AgencyType type) {
    }

    @Schema(name = "OfferView")
    public record OfferView(
            @Schema(example = "2") int numberOfChildren,
            @Schema(example = "0") int minAgeYears,
            @Schema(example = "4") int maxAgeYears,
            @Schema(example = "true") boolean siblingGroupsAccepted,
            @Schema(example = "{\"HEALTH\":\"MEDIUM\",\"DEVELOPMENT\":\"LOW\",\"BEHAVIOUR\":\"LOW\",\"EDUCATION\":\"NONE\"}")
            Map<NeedArea, NeedLevel> needAcceptance,
            @Schema(example = "[\"solihull\"]") Set<String> excludedAreas,
            @Schema(example = "true") boolean earlyPermanence) {
    }
}
