package uk.raa.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become {@code application/problem+json}. Every error class has its own clear 4xx; anything
 * unexpected is a 500 with no detail (and is logged without personal data).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> fieldOf(v)))
                .map(v -> new Problem.Violation(fieldOf(v), ruleOf(v), v.getMessage()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message() + " (rule: " + v.rule() + ")")
                .collect(Collectors.joining("; "));
        return respond(new ProblemException(400, "validation", "Request is not valid", detail, violations, Map.of()));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e) {
        LOG.warnf("validation setup error: %s", e.getClass().getName());
        return respond(new ProblemException(400, "validation", "Request is not valid", "The request is not valid."));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedField(UnrecognizedPropertyException e) {
        String field = path(e);
        return respond(ProblemException.validation(field, "unknown-field", "is not a field of this request"));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        String field = path(e);
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return respond(ProblemException.validation(field, "enum", "must be one of: " + allowed));
        }
        return respond(ProblemException.validation(field, "type", "must be " + describe(target)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response valueInstantiation(ValueInstantiationException e) {
        String field = path(e);
        return respond(ProblemException.validation(field, "value", "has a value that cannot be accepted"));
    }

    @ServerExceptionMapper(priority = 2)
    public Response mismatchedInput(MismatchedInputException e) {
        String field = path(e);
        return respond(ProblemException.validation(field, "type", "must be " + describe(e.getTargetType())));
    }

    @ServerExceptionMapper(priority = 3)
    public Response mapping(JsonMappingException e) {
        String field = path(e);
        return respond(ProblemException.validation(field, "json", "cannot be read"));
    }

    @ServerExceptionMapper(priority = 3)
    public Response malformed(JsonParseException e) {
        return respond(new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")."));
    }

    @ServerExceptionMapper(priority = 4)
    public Response json(JsonProcessingException e) {
        return respond(new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not well-formed JSON."));
    }

    private Response jackson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unrecognizedField(u);
        }
        if (e instanceof InvalidFormatException i) {
            return invalidFormat(i);
        }
        if (e instanceof ValueInstantiationException v) {
            return valueInstantiation(v);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m);
        }
        if (e instanceof JsonParseException p) {
            return malformed(p);
        }
        if (e instanceof JsonMappingException m) {
            return mapping(m);
        }
        return json(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(ProblemException.unauthorized("A valid bearer access token is required."));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(ProblemException.unauthorized("The access token is missing, invalid or expired."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemException.forbidden("Your role does not allow this operation."));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return respond(ProblemException.preconditionFailed());
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return respond(ProblemException.preconditionFailed());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == ConstraintKind.UNIQUE) {
                return respond(ProblemException.conflict("A record with the same unique key already exists."));
            }
            cause = cause.getCause();
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // The JSON reader wraps Jackson's errors; answer them as precisely as if they had arrived unwrapped.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jpe) {
                return jackson(jpe);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request body's media type is not supported; send application/json.";
            default -> "The request cannot be processed.";
        };
        return respond(new ProblemException(status, slug, title, detail));
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        // Class name only: messages can carry SQL or data.
        LOG.errorf("unexpected error: %s", e.getClass().getName());
        LOG.debug("unexpected error", e);
        return respond(new ProblemException(500, "internal", "Internal error",
                "Something went wrong on our side; quote the X-Request-Id header when reporting it."));
    }

    public static Response respond(ProblemException e) {
        Response.ResponseBuilder builder = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // Drop the method and parameter prefix Hibernate Validator adds (create.arg0.name -> name).
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number in range";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object of the documented shape";
    }
}
