package uk.raa.common.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.raa.common.problem.Problem;
import uk.raa.common.problem.ProblemException;

/**
 * Answers an over-long request body with a 413 problem before it is read. The limit is
 * {@code raa.http.max-body-bytes}; Vert.x's own hard limit ({@code quarkus.http.limits.max-body-size}) sits above it
 * as a backstop for bodies that do not declare their length.
 */
@ApplicationScoped
public class BodyLimit {

    private final WebConfig config;

    public BodyLimit(WebConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = config.maxBodyBytes();
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    declared = Long.MAX_VALUE;
                }
                if (declared > limit && !isUpload(ctx.request().path())) {
                    Problem problem = new ProblemException(413, "payload-too-large", "Payload too large",
                            "The request body is larger than " + limit + " bytes.").toProblem();
                    ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Connection", "close").end(Json.encode(problem));
                    return;
                }
            }
            ctx.next();
        });
    }

    private boolean isUpload(String path) {
        return config.uploadPaths().stream().anyMatch(path::startsWith);
    }
}
