package uk.raa.children.domain.scorecard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Test builder that reads like the journey: aChild("C1").enteredCare("2013-01-10").placed(...).adopted(...). */
final class ScorecardChildFixture {

    private String authority = "coventry";
    private final String reference;
    private LocalDate enteredCare;
    private LocalDate courtAuthority;
    private LocalDate match;
    private LocalDate placed;
    private boolean fosterCarers;
    private LocalDate movedIn;
    private LocalDate order;
    private Set<HarderToPlaceCategory> groups = Set.of();

    private ScorecardChildFixture(String reference) {
        this.reference = reference;
    }

    static ScorecardChildFixture aChild(String reference) {
        return new ScorecardChildFixture(reference);
    }

    ScorecardChildFixture of(String authorityCode) {
        this.authority = authorityCode;
        return this;
    }

    ScorecardChildFixture enteredCare(String date) {
        this.enteredCare = LocalDate.parse(date);
        return this;
    }

    ScorecardChildFixture placementOrder(String date) {
        this.courtAuthority = LocalDate.parse(date);
        return this;
    }

    ScorecardChildFixture matched(String date) {
        this.match = LocalDate.parse(date);
        return this;
    }

    ScorecardChildFixture placed(String date) {
        this.placed = LocalDate.parse(date);
        return this;
    }

    ScorecardChildFixture adoptedByFosterCarersWithWhomMovedIn(String date) {
        this.fosterCarers = true;
        this.movedIn = LocalDate.parse(date);
        return this;
    }

    ScorecardChildFixture adopted(String date) {
        this.order = LocalDate.parse(date);
        return this;
    }

    ScorecardChildFixture harderToPlace(HarderToPlaceCategory first, HarderToPlaceCategory... rest) {
        this.groups = EnumSet.of(first, rest);
        return this;
    }

    ScorecardChild build() {
        return new ScorecardChild(authority, reference, enteredCare, courtAuthority, match, placed, fosterCarers,
                movedIn, order, groups);
    }
}
