package uk.raa.finance.messaging;

import java.time.LocalDate;

/**
 * The data of {@code partnership.membership-changed.v1}: an authority's membership of an agency as it now stands.
 * {@code to} is null while the membership is open.
 */
public record MembershipChanged(String agency, String authority, LocalDate from, LocalDate to) {

    public static final String TYPE = "partnership.membership-changed.v1";
}
