package uk.raa.adopters.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One adopter's restricted personal and contact details. */
@Schema(name = "Adopter")
public record AdopterRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Sam") String givenName,
        @NotBlank @Size(max = 100) @Schema(example = "Okafor") String familyName,
        @NotNull @Past @Schema(example = "1986-05-02") LocalDate dateOfBirth,
        @Email @Size(max = 200) @Schema(example = "sam@example.org") String email,
        @Pattern(regexp = "[0-9 +()-]{6,20}", message = "must be 6 to 20 digits, spaces or + ( ) -")
        @Schema(example = "01632 960123") String phone) {

    @Override
    public String toString() {
        return "AdopterRequest[restricted]";
    }
}
