package uk.raa.gateway.client;

import java.util.concurrent.TimeoutException;
import uk.raa.gateway.service.Problem;

/** How a failed upstream call is explained to the caller. */
public enum UpstreamFailure {

    /** No connection could be had in time: the service is down or saturated. */
    UNAVAILABLE(503, "upstream-unavailable", "Service unavailable",
            "The service behind this path is not reachable at the moment. Try again shortly."),
    /** Connected, but the service went quiet for longer than the route allows. */
    TIMEOUT(504, "upstream-timeout", "Service did not answer in time",
            "The service behind this path did not answer in time."),
    /** Connected, then the exchange broke off. */
    BROKEN(502, "upstream-error", "Bad gateway", "The service behind this path ended the exchange abnormally."),
    /** The caller's body passed the route's limit while streaming. */
    BODY_TOO_LARGE(413, "payload-too-large", "Payload too large", "The request body is larger than this path accepts.");

    public final int status;
    public final String type;
    public final String title;
    public final String detail;

    UpstreamFailure(int status, String type, String title, String detail) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    public Problem problem() {
        return new Problem(status, type, title, detail);
    }

    /**
     * Classifies {@code failure}. {@code connected} says whether a request to the upstream had been opened;
     * {@code bodyTooLarge} whether the caller's streamed body passed the limit (which breaks the exchange too).
     */
    public static UpstreamFailure of(Throwable failure, boolean connected, boolean bodyTooLarge) {
        if (bodyTooLarge) {
            return BODY_TOO_LARGE;
        }
        if (!connected) {
            return UNAVAILABLE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return TIMEOUT;
            }
        }
        return BROKEN;
    }
}
