package uk.raa.adopters.domain.household;

import java.time.LocalDate;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * Restricted personal details of one adopter. Kept apart from the rest of the household so that
 * APIs and indicators can leave them out entirely; {@link #toString()} is redacted so the details
 * cannot leak into logs by accident.
 */
public record AdopterPersonalDetails(String givenName, String familyName, LocalDate dateOfBirth) {

    public AdopterPersonalDetails {
        requireText(givenName, "givenName");
        requireText(familyName, "familyName");
        DomainRuleViolation.require(dateOfBirth, "dateOfBirth");
    }

    private static void requireText(String text, String field) {
        DomainRuleViolation.require(text, field);
        if (text.isBlank()) {
            throw new DomainRuleViolation(field, "NOT_BLANK", "must not be blank");
        }
        if (text.length() > 100) {
            throw new DomainRuleViolation(field, "MAX_LENGTH", "must be at most 100 characters");
        }
    }

    @Override
    public String toString() {
        return "AdopterPersonalDetails[restricted]";
    }
}
