package uk.raa.adopters.domain.household;

import java.util.regex.Pattern;

import uk.raa.adopters.domain.DomainRuleViolation;

/** The agency's case reference for a household: an identifier that carries no personal data. */
public record HouseholdReference(String value) implements Comparable<HouseholdReference> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    public HouseholdReference {
        DomainRuleViolation.require(value, "householdReference");
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainRuleViolation("householdReference", "PATTERN",
                    "must be 1-40 letters, digits or hyphens, starting with a letter or digit");
        }
    }

    public static HouseholdReference of(String value) {
        return new HouseholdReference(value);
    }

    @Override
    public int compareTo(HouseholdReference other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
