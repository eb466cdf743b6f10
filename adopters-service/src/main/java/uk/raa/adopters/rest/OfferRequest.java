package uk.raa.adopters.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;

/** What the household can offer a child or children. */
@Schema(name = "Offer")
public record OfferRequest(
        @NotNull @Min(1) @Max(4) @Schema(example = "2") Integer numberOfChildren,
        @NotNull @Min(0) @Max(17) @Schema(example = "0") Integer minAgeYears,
        @NotNull @Min(0) @Max(17) @Schema(example = "4") Integer maxAgeYears,
        @NotNull @Schema(example = "true") Boolean siblingGroupsAccepted,
        @NotNull @Schema(description = "Level accepted in every need area (HEALTH, DEVELOPMENT, BEHAVIOUR, EDUCATION)",
                example = "{\"HEALTH\":\"MEDIUM\",\"DEVELOPMENT\":\"LOW\",\"BEHAVIOUR\":\"LOW\",\"EDUCATION\":\"NONE\"}")
        Map<NeedArea, NeedLevel> needAcceptance,
        @Size(max = 50) @Schema(description = "Authority codes the household cannot be matched with",
                example = "[\"solihull\"]") Set<@NotNull String> excludedAreas,
        @NotNull @Schema(description = "Willing to be considered for early permanence", example = "true")
        Boolean earlyPermanence) {
}
