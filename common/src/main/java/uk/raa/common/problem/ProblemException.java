package uk.raa.common.problem;

import java.util.List;
import java.util.Map;

/**
 * Any failure the API reports as a problem. Services throw these (or subclasses); one mapper turns them into
 * {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public static ProblemException validation(String field, String rule, String message) {
        return new ProblemException(400, "validation", "Request is not valid",
                field + " " + message + " (rule: " + rule + ")",
                List.of(new Problem.Violation(field, rule, message)), Map.of());
    }

    /** A request that is well-formed but breaks a domain rule (e.g. a hard rule of the child's journey). */
    public static ProblemException rule(String field, String rule, String message) {
        return new ProblemException(422, "rule-violation", "A domain rule is broken",
                field + ": " + message + " (rule: " + rule + ")",
                List.of(new Problem.Violation(field, rule, message)), Map.of());
    }

    /** The same body for a record that does not exist and for one outside the caller's scope. */
    public static ProblemException notFound(String recordType) {
        return new ProblemException(404, "not-found", "Not found", "No " + recordType + " with that id.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Updates need an If-Match header carrying the ETag of the version you read.");
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "The record has changed since you read it; read it again and retry with the new ETag.");
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, List.of(),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), violations);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
