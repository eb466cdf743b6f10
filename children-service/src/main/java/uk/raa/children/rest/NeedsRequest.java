package uk.raa.children.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.NeedLevel;

/** The child's needs, in the areas households state what they can accept. A missing level is NONE. */
@Schema(name = "Needs")
public record NeedsRequest(
        @Schema(example = "LOW") NeedLevel health,
        @Schema(example = "MEDIUM") NeedLevel development,
        @Schema(example = "NONE") NeedLevel behaviour,
        @Schema(example = "LOW") NeedLevel education) {
}
