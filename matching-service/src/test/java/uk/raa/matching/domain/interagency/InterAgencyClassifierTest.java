package uk.raa.matching.domain.interagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.raa.matching.domain.profile.ProfileFixtures.aChild;
import static uk.raa.matching.domain.profile.ProfileFixtures.aHousehold;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.raa.matching.domain.lifecycle.LinkRequest;
import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.rules.DomainRuleViolation;

class InterAgencyClassifierTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-31");
    private final AgencyMembership ace = MembershipDefaults.adoptionCentralEngland();

    private static Match placedOn(String placementDate, HouseholdProfile household, ChildProfile... children) {
        LocalDate placed = LocalDate.parse(placementDate);
        LocalDate link = placed.minusMonths(3);
        return Match.link(new LinkRequest(UUID.randomUUID(), household.householdId(), List.of(children), List.of(),
                null, link), List.of(), TODAY)
                .recommendAtPanel(link.plusDays(10), TODAY)
                .decide(link.plusDays(20), TODAY)
                .startIntroductions(link.plusDays(30), TODAY)
                .place(placed, TODAY);
    }

    @Test
    void partnerChildWithAgencyHouseholdIsWithinAgency() {
        ChildProfile child = aChild().from("coventry").build();
        HouseholdProfile household = aHousehold().recruitedBy("ace", AgencyType.REGIONAL_ADOPTION_AGENCY).build();

        InterAgencyAssessment result = InterAgencyClassifier.classify(placedOn("2019-01-15", household, child),
                List.of(child), household, ace);

        assertEquals(LocalDate.parse("2019-01-15"), result.feeDate());
        ChildPlacementCharge charge = result.children().get(0);
        assertEquals(InterAgencyClass.WITHIN_AGENCY, charge.interAgencyClass());
        assertNull(charge.feeAgencyType());
    }

    @Test
    void partnerChildWithVoluntaryAgencyHouseholdIsPayableAtVoluntaryRate() {
        ChildProfile child = aChild().from("solihull").build();
        HouseholdProfile household = aHousehold().recruitedBy("vaa-1", AgencyType.VOLUNTARY_ADOPTION_AGENCY).build();

        ChildPlacementCharge charge = InterAgencyClassifier.classify(placedOn("2019-05-01", household, child),
                List.of(child), household, ace).children().get(0);

        assertEquals(InterAgencyClass.PAYABLE, charge.interAgencyClass());
        assertEquals(AgencyType.VOLUNTARY_ADOPTION_AGENCY, charge.feeAgencyType());
    }

    @Test
    void externalChildWithAgencyHouseholdIsReceivableAtTheAgencyRate() {
        ChildProfile child = aChild().from("birmingham").build();
        HouseholdProfile household = aHousehold().recruitedBy("ace", AgencyType.REGIONAL_ADOPTION_AGENCY).build();

        ChildPlacementCharge charge = InterAgencyClassifier.classify(placedOn("2019-05-01", household, child),
                List.of(child), household, ace).children().get(0);

        assertEquals(InterAgencyClass.RECEIVABLE, charge.interAgencyClass());
        assertEquals(AgencyType.REGIONAL_ADOPTION_AGENCY, charge.feeAgencyType());
    }

    @Test
    void membershipIsTakenOnThePlacementDate() {
        // Herefordshire joins on 2019-07-01: its child placed with an ACE household the day before is receivable,
        // on the day itself within the agency.
        ChildProfile child = aChild().from("herefordshire").build();
        HouseholdProfile household = aHousehold().recruitedBy("ace", AgencyType.REGIONAL_ADOPTION_AGENCY).build();

        assertEquals(InterAgencyClass.RECEIVABLE, InterAgencyClassifier.classify(
                placedOn("2019-06-30", household, child), List.of(child), household, ace)
                .children().get(0).interAgencyClass());
        assertEquals(InterAgencyClass.WITHIN_AGENCY, InterAgencyClassifier.classify(
                placedOn("2019-07-01", household, child), List.of(child), household, ace)
                .children().get(0).interAgencyClass());
    }

    @Test
    void householdApprovedByAPartnerAuthorityCountsAsInside() {
        ChildProfile child = aChild().from("worcestershire").build();
        HouseholdProfile household = aHousehold().recruitedBy("warwickshire", AgencyType.LOCAL_AUTHORITY).build();

        assertEquals(InterAgencyClass.WITHIN_AGENCY, InterAgencyClassifier.classify(
                placedOn("2019-05-01", household, child), List.of(child), household, ace)
                .children().get(0).interAgencyClass());
    }

    @Test
    void siblingPositionsFollowTheMatchOrder() {
        UUID group = UUID.randomUUID();
        ChildProfile first = aChild().from("coventry").inSiblingGroup(group).build();
        ChildProfile second = aChild().from("coventry").inSiblingGroup(group).build();
        ChildProfile third = aChild().from("coventry").inSiblingGroup(group).build();
        HouseholdProfile household = aHousehold().takes(3).acceptsSiblings(true)
                .recruitedBy("other-raa", AgencyType.REGIONAL_ADOPTION_AGENCY).build();

        List<ChildPlacementCharge> charges = InterAgencyClassifier.classify(
                placedOn("2019-05-01", household, first, second, third), List.of(third, first, second), household,
                ace).children();

        assertEquals(List.of(first.childId(), second.childId(), third.childId()),
                charges.stream().map(ChildPlacementCharge::childId).toList());
        assertEquals(List.of(SiblingPosition.FIRST, SiblingPosition.SECOND_OR_LATER, SiblingPosition.SECOND_OR_LATER),
                charges.stream().map(ChildPlacementCharge::siblingPosition).toList());
        charges.forEach(c -> assertEquals(InterAgencyClass.PAYABLE, c.interAgencyClass()));
    }

    @Test
    void unplacedMatchCannotBeClassed() {
        ChildProfile child = aChild().build();
        HouseholdProfile household = aHousehold().build();
        Match linked = Match.link(new LinkRequest(UUID.randomUUID(), household.householdId(), List.of(child),
                List.of(), null, LocalDate.parse("2025-01-01")), List.of(), TODAY);

        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> InterAgencyClassifier.classify(linked, List.of(child), household, ace));
        assertEquals("PLACEMENT_DATE_REQUIRED", v.rule());
    }

    @Test
    void matchWithNeitherPartyInsideIsRejected() {
        ChildProfile child = aChild().from("birmingham").build();
        HouseholdProfile household = aHousehold().recruitedBy("vaa-1", AgencyType.VOLUNTARY_ADOPTION_AGENCY).build();
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> InterAgencyClassifier.classify(
                placedOn("2019-05-01", household, child), List.of(child), household, ace));
        assertEquals("OUTSIDE_AGENCY", v.rule());
    }

    @Test
    void childrenMustBeThoseOfTheMatch() {
        ChildProfile child = aChild().build();
        HouseholdProfile household = aHousehold().build();
        Match match = placedOn("2019-05-01", household, child);
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> InterAgencyClassifier.classify(match, List.of(aChild().build()), household, ace));
        assertEquals("CHILDREN_NOT_MATCH", v.rule());
    }
}
