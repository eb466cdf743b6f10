package uk.raa.adopters.domain.household;

import java.util.regex.Pattern;

import uk.raa.adopters.domain.DomainRuleViolation;

/** The agency that recruited the household, by its code, and what kind of agency it is. */
public record RecruitingAgency(String code, AgencyType type) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    public RecruitingAgency {
        DomainRuleViolation.require(code, "recruitingAgency.code");
        if (!CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("recruitingAgency.code", "PATTERN",
                    "must be 1-40 letters, digits or hyphens");
        }
        DomainRuleViolation.require(type, "recruitingAgency.type");
    }
}
