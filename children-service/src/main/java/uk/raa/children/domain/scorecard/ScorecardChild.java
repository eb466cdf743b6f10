package uk.raa.children.domain.scorecard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.require;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requirePresent;
import static uk.raa.children.domain.scorecard.ScorecardRuleViolation.requireText;

/**
 * One adopted child as the scorecard sees it: only the dates the indicators need and the authority's
 * own reference for drill-down. No names, no date of birth.
 *
 * @param authorityCode            the child's responsible authority (tenant code, e.g. {@code coventry})
 * @param childReference           the authority's own reference for the child (903 CHILD), for drill-down
 * @param enteredCareDate          start of the latest period of care before the adoptive placement
 * @param courtAuthorityDate       first placement or freeing order in that period of care; null for consent
 *                                 (s19) routes with no order
 * @param matchDecisionDate        the agency's match decision for the adopting family; null if not recorded
 * @param placedForAdoptionDate    the adoptive placement that led to the order (for foster-carer adoptions the
 *                                 date the placement became an adoptive one); null when the order was made
 *                                 without the child ever being placed for adoption
 * @param adoptedByFosterCarers    AD1 FOSTER_CARE = 1, or an early-permanence (FfA / concurrent) adoption
 * @param movedInWithFosterCarersDate first day of the unbroken stay with the carers who adopted the child;
 *                                 required exactly when {@code adoptedByFosterCarers}
 * @param adoptionOrderDate        date of the adoption order (903 DEC with REC E11/E12)
 * @param harderToPlace            the child's "harder to place" groups, possibly empty
 */
public record ScorecardChild(
        String authorityCode,
        String childReference,
        LocalDate enteredCareDate,
        LocalDate courtAuthorityDate,
        LocalDate matchDecisionDate,
        LocalDate placedForAdoptionDate,
        boolean adoptedByFosterCarers,
        LocalDate movedInWithFosterCarersDate,
        LocalDate adoptionOrderDate,
        Set<HarderToPlaceCategory> harderToPlace) {

    public ScorecardChild {
        requireText(authorityCode, "authorityCode");
        requireText(childReference, "childReference");
        requirePresent(enteredCareDate, "enteredCareDate");
        requirePresent(adoptionOrderDate, "adoptionOrderDate");
        harderToPlace = harderToPlace == null || harderToPlace.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(harderToPlace));

        require(!adoptionOrderDate.isBefore(enteredCareDate), "SCORECARD_ORDER_BEFORE_ENTERING_CARE",
                "adoptionOrderDate", "must be on or after enteredCareDate");
        if (courtAuthorityDate != null) {
            // The placement order counted is the first one in the latest period of care.
            require(!courtAuthorityDate.isBefore(enteredCareDate), "SCORECARD_COURT_AUTHORITY_BEFORE_ENTERING_CARE",
                    "courtAuthorityDate", "must be on or after enteredCareDate");
            require(!courtAuthorityDate.isAfter(adoptionOrderDate), "SCORECARD_COURT_AUTHORITY_AFTER_ORDER",
                    "courtAuthorityDate", "must be on or before adoptionOrderDate");
        }
        if (matchDecisionDate != null) {
            // 903 rule 331: the match is on or before the adoption order.
            require(!matchDecisionDate.isAfter(adoptionOrderDate), "SCORECARD_MATCH_AFTER_ORDER",
                    "matchDecisionDate", "must be on or before adoptionOrderDate (rule 331)");
        }
        if (placedForAdoptionDate != null) {
            require(!placedForAdoptionDate.isBefore(enteredCareDate), "SCORECARD_PLACED_BEFORE_ENTERING_CARE",
                    "placedForAdoptionDate", "must be on or after enteredCareDate");
            require(!placedForAdoptionDate.isAfter(adoptionOrderDate), "SCORECARD_PLACED_AFTER_ORDER",
                    "placedForAdoptionDate", "must be on or before adoptionOrderDate (rule 331)");
            require(matchDecisionDate == null || !placedForAdoptionDate.isBefore(matchDecisionDate),
                    "SCORECARD_PLACED_BEFORE_MATCH", "placedForAdoptionDate",
                    "must be on or after matchDecisionDate for the adopting family");
        }
        if (adoptedByFosterCarers) {
            requirePresent(movedInWithFosterCarersDate, "movedInWithFosterCarersDate");
            require(!movedInWithFosterCarersDate.isBefore(enteredCareDate),
                    "SCORECARD_MOVED_IN_BEFORE_ENTERING_CARE", "movedInWithFosterCarersDate",
                    "must be on or after enteredCareDate");
            LocalDate latest = placedForAdoptionDate != null ? placedForAdoptionDate : adoptionOrderDate;
            require(!movedInWithFosterCarersDate.isAfter(latest), "SCORECARD_MOVED_IN_AFTER_PLACEMENT",
                    "movedInWithFosterCarersDate",
                    "must be on or before placedForAdoptionDate (or adoptionOrderDate when not placed)");
        } else {
            require(movedInWithFosterCarersDate == null, "SCORECARD_MOVED_IN_WITHOUT_FOSTER_CARER_ADOPTION",
                    "movedInWithFosterCarersDate", "is only given when adoptedByFosterCarers is true");
        }
    }

    public Optional<LocalDate> courtAuthority() {
        return Optional.ofNullable(courtAuthorityDate);
    }

    public Optional<LocalDate> matchDecision() {
        return Optional.ofNullable(matchDecisionDate);
    }

    public Optional<LocalDate> placedForAdoption() {
        return Optional.ofNullable(placedForAdoptionDate);
    }

    /** The financial year the child counts in: the year of its adoption order. */
    public ScorecardPeriod adoptionYear() {
        return ScorecardPeriod.financialYearOf(adoptionOrderDate);
    }
}
