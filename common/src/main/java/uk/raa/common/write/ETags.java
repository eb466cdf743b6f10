package uk.raa.common.write;

import uk.raa.common.problem.ProblemException;

/** Versions as strong ETags ({@code "3"}), and the If-Match rule for updates: 428 without it, 412 when stale. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (!value.equals(of(currentVersion))) {
            throw ProblemException.preconditionFailed();
        }
    }
}
