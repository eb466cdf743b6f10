package uk.raa.adopters.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The household's home address (restricted). */
@Schema(name = "HomeAddress")
public record HomeAddressRequest(
        @NotBlank @Size(max = 300) @Schema(example = "1 Example Street, Warwick") String address,
        @NotBlank @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode")
        @Schema(example = "CV34 4AB") String postcode) {

    @Override
    public String toString() {
        return "HomeAddressRequest[restricted]";
    }
}
