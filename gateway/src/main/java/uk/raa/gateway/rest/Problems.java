package uk.raa.gateway.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import uk.raa.gateway.service.Problem;

/** Writes the gateway's own problem answers. */
final class Problems {

    private Problems() {
    }

    /**
     * Answers with a problem. A request body not yet read is not drained (it may be large): the connection is closed
     * after the answer instead, so the next request on it cannot be mistaken for body bytes.
     */
    static void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended()) {
            ctx.request().connection().close();
            return;
        }
        Buffer body = problem.toBuffer();
        response.setStatusCode(problem.status());
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        response.putHeader("Content-Length", String.valueOf(body.length()));
        if (!ctx.request().isEnded()) {
            if (hasBody(ctx) && ctx.request().version() != HttpVersion.HTTP_2) {
                response.putHeader("Connection", "close");
            } else {
                // Nothing (or little) left to read: let the request finish so the connection can be reused.
                ctx.request().resume();
            }
        }
        response.end(body);
    }

    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        return length != null && !length.trim().equals("0") || ctx.request().getHeader("Transfer-Encoding") != null;
    }

    static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        send(ctx, new Problem(status, type, title, detail));
    }
}
