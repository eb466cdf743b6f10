package uk.raa.matching.domain.interagency;

import java.time.LocalDate;
import java.util.List;

import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.rules.Require;

/**
 * Which authorities belong to the agency, and when. Membership is configuration: the same rules serve any RAA.
 *
 * @param agencyCode the agency's own code (households it approved carry it as their recruiting agency)
 * @param agencyType the agency's type; sets the fee it charges when its household adopts an external child
 * @param members    membership periods of the partner authorities
 */
public record AgencyMembership(String agencyCode, AgencyType agencyType, List<MembershipPeriod> members) {

    public AgencyMembership {
        Require.notBlank(agencyCode, "agencyCode");
        Require.present(agencyType, "agencyType");
        members = List.copyOf(Require.present(members, "members"));
    }

    public boolean isMemberOn(String authorityCode, LocalDate date) {
        return members.stream().anyMatch(m -> m.authorityCode().equals(authorityCode) && m.covers(date));
    }

    /** Whether an agency is this one or one of its partners on that date (partners do not charge each other). */
    public boolean isInsideOn(String agencyOrAuthorityCode, LocalDate date) {
        return agencyCode.equals(agencyOrAuthorityCode) || isMemberOn(agencyOrAuthorityCode, date);
    }
}
