package uk.raa.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. Bodies never carry stack traces, SQL, tokens or another record's data; they may echo
 * the caller's own input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "https://raa.example/problems/validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "dateOfBirth must not be in the future (rule: not-future)") String detail,
        @Schema(description = "One entry per broken rule") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://raa.example/problems/";

    /** A broken rule on one field of the request. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "dateOfBirth") String field,
            @Schema(example = "not-future") String rule,
            @Schema(example = "must not be in the future") String message) {
    }
}
