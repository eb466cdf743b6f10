package uk.raa.matching.domain.interagency;

import java.time.LocalDate;
import java.util.List;

import uk.raa.matching.domain.profile.AgencyType;

/** Reference membership from DOMAIN.md §1: Adoption Central England and its partner authorities. */
public final class MembershipDefaults {

    public static final String ADOPTION_CENTRAL_ENGLAND = "ace";

    private MembershipDefaults() {
    }

    /** ACE as in DOMAIN.md; Herefordshire at its target joining date of 1 July 2019. */
    public static AgencyMembership adoptionCentralEngland() {
        LocalDate founded = LocalDate.of(2018, 2, 1);
        return new AgencyMembership(ADOPTION_CENTRAL_ENGLAND, AgencyType.REGIONAL_ADOPTION_AGENCY, List.of(
                new MembershipPeriod("coventry", founded, null),
                new MembershipPeriod("solihull", founded, null),
                new MembershipPeriod("warwickshire", founded, null),
                new MembershipPeriod("worcestershire", founded, null),
                new MembershipPeriod("herefordshire", LocalDate.of(2019, 7, 1), null)));
    }
}
