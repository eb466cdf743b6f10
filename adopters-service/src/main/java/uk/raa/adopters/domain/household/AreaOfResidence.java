package uk.raa.adopters.domain.household;

import java.util.regex.Pattern;

import uk.raa.adopters.domain.DomainRuleViolation;

/**
 * Where a household lives: a partner authority's code (e.g. {@code coventry}) or
 * {@link #OUTSIDE_AGENCY} for anywhere outside the agency's partners. Membership is
 * configuration, so any well-formed code is accepted here.
 */
public record AreaOfResidence(String code) {

    public static final String OUTSIDE_AGENCY_CODE = "OUTSIDE_AGENCY";
    public static final AreaOfResidence OUTSIDE_AGENCY = new AreaOfResidence(OUTSIDE_AGENCY_CODE);

    static final Pattern AUTHORITY_CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public AreaOfResidence {
        DomainRuleViolation.require(code, "areaOfResidence");
        if (!OUTSIDE_AGENCY_CODE.equals(code) && !AUTHORITY_CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("areaOfResidence", "AUTHORITY_CODE",
                    "must be a lower-case authority code or " + OUTSIDE_AGENCY_CODE);
        }
    }

    public static AreaOfResidence authority(String authorityCode) {
        if (OUTSIDE_AGENCY_CODE.equals(authorityCode)) {
            throw new DomainRuleViolation("areaOfResidence", "AUTHORITY_CODE", "must be an authority code");
        }
        return new AreaOfResidence(authorityCode);
    }

    public boolean isOutsideAgency() {
        return OUTSIDE_AGENCY_CODE.equals(code);
    }

    static boolean isAuthorityCode(String code) {
        return code != null && AUTHORITY_CODE.matcher(code).matches();
    }
}
