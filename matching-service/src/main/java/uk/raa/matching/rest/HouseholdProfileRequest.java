package uk.raa.matching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.HouseholdStatus;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;

/** A household's match profile as household.profile-changed.v1 carries it. The owning agency comes from the token. */
@Schema(name = "HouseholdProfileRequest")
public record HouseholdProfileRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9/_-]{1,40}", message = "must be 1 to 40 letters, digits, '/', '_' or '-'")
        @Schema(description = "The agency's case reference (not a name)", example = "HH-2024-017") String reference,
        @Min(1) @Max(2) @Schema(example = "2") int numberOfAdopters,
        @NotBlank @Pattern(regexp = "[a-z-]{2,40}|OUTSIDE_AGENCY", message = "must be an authority code or OUTSIDE_AGENCY")
        @Schema(example = "warwickshire") String areaOfResidence,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "must be an agency or authority code")
        @Schema(description = "The agency that approved the household", example = "ace") String recruitingAgency,
        @NotNull @Schema(example = "REGIONAL_ADOPTION_AGENCY") AgencyType recruitingAgencyType,
        @Min(1) @Max(10) @Schema(example = "2") int childrenCapacity,
        @Min(0) @Max(17) @Schema(example = "0") int minAgeYears,
        @Min(0) @Max(17) @Schema(example = "6") int maxAgeYears,
        @Schema(example = "true") boolean siblingGroupsAccepted,
        @NotNull @Size(min = 4, max = 4, message = "must grade all four need areas")
        @Schema(description = "Highest need level accepted in every area",
                example = "{\"HEALTH\":\"MEDIUM\",\"DEVELOPMENT\":\"MEDIUM\",\"BEHAVIOUR\":\"LOW\",\"EDUCATION\":\"MEDIUM\"}")
        Map<NeedArea, NeedLevel> needAcceptance,
        @Size(max = 50) @Schema(description = "Authority codes whose children the household cannot take",
                example = "[\"coventry\"]")
        Set<@Pattern(regexp = "[a-z-]{2,40}") String> excludedAreas,
        @Schema(example = "true") boolean earlyPermanenceWilling,
        @NotNull @PastOrPresent @Schema(example = "2024-06-12") LocalDate approvalDate,
        @NotNull @Schema(example = "APPROVED_WAITING") HouseholdStatus status) {
}
