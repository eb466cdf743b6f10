package uk.raa.finance.domain.partnership;

import java.util.Objects;
import java.util.regex.Pattern;

import uk.raa.finance.domain.rules.DomainRuleViolation;

/** A partner authority's code, as configured for the agency (e.g. {@code coventry}, {@code herefordshire}). */
public record AuthorityCode(String value) implements Comparable<AuthorityCode> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public AuthorityCode {
        Objects.requireNonNull(value, "value");
        DomainRuleViolation.require(FORMAT.matcher(value).matches(), "authority-code-format", "authority",
                "authority code must be lower-case letters, digits or hyphens");
    }

    public static AuthorityCode of(String value) {
        return new AuthorityCode(value);
    }

    @Override
    public int compareTo(AuthorityCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
