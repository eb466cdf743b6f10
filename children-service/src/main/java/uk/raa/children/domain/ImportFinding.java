package uk.raa.children.domain;

/** One stored finding of an import job, numbered in the order it was found. No personal data in the message. */
public record ImportFinding(int seq, String childReference, String table, long row, String column, String rule,
                            String message, String severity) {
}
