package uk.raa.matching.rest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.raa.matching.domain.entity.ChildProjection;
import uk.raa.matching.domain.entity.HouseholdProjection;
import uk.raa.matching.domain.lifecycle.Match;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.search.ChildRanking;
import uk.raa.matching.domain.search.CriterionScore;
import uk.raa.matching.domain.search.FailedConstraint;
import uk.raa.matching.domain.search.HardConstraint;
import uk.raa.matching.domain.search.HouseholdRanking;
import uk.raa.matching.service.ChildProfileChange;
import uk.raa.matching.service.HouseholdProfileChange;
import uk.raa.matching.service.MatchLink;
import uk.raa.matching.service.MatchView;

/** Between the API's DTOs and the service's and domain's types. */
final class MatchingMapper {

    private MatchingMapper() {
    }

    static ChildProfileChange toChange(UUID childId, ChildProfileRequest r) {
        return new ChildProfileChange(childId, r.authority(), r.dateOfBirth(), r.sex(), r.ethnicity(), r.disability(),
                r.needs(), r.siblingGroupId(), r.excludedAreas(), r.available(), r.availableSince(),
                r.earlyPermanenceWanted(), 0);
    }

    static HouseholdProfileChange toChange(UUID householdId, HouseholdProfileRequest r) {
        return new HouseholdProfileChange(new HouseholdProfile(householdId, r.reference(), r.areaOfResidence(),
                r.recruitingAgency(), r.recruitingAgencyType(), r.childrenCapacity(), r.minAgeYears(),
                r.maxAgeYears(), r.siblingGroupsAccepted(), r.needAcceptance(), r.excludedAreas(),
                r.earlyPermanenceWilling(), r.approvalDate(), r.status()), r.numberOfAdopters(), 0);
    }

    static MatchLink toLink(MatchRequest r) {
        return new MatchLink(r.childIds(), r.householdId(), r.separationReason(), r.linkDate());
    }

    static ChildProfileResponse toResponse(ChildProjection c) {
        return new ChildProfileResponse(c.childId(), c.authority(), c.dateOfBirth(), c.sex(), c.ethnicity(),
                c.disability(), c.needs(), c.siblingGroupId(), c.excludedAreas(), c.available(), c.availableSince(),
                c.earlyPermanenceWanted(), c.version(), c.updatedAt());
    }

    static HouseholdProfileResponse toResponse(HouseholdProjection h) {
        return new HouseholdProfileResponse(h.householdId(), matchProfile(h), h.recruitingAgency(),
                h.recruitingAgencyType(), h.excludedAreas(), h.status(), h.version(), h.updatedAt());
    }

    static HouseholdMatchProfile matchProfile(HouseholdProjection h) {
        return new HouseholdMatchProfile(h.householdId(), h.reference(), h.numberOfAdopters(), h.areaOfResidence(),
                new HouseholdMatchProfile.Offer(h.childrenCapacity(), h.minAgeYears(), h.maxAgeYears(),
                        h.siblingGroupsAccepted(), h.needAcceptance(), h.earlyPermanenceWilling()),
                h.approvalDate());
    }

    static SearchResponses.HouseholdSearch toResponse(HouseholdRanking ranking) {
        return new SearchResponses.HouseholdSearch(ranking.asAt(), ranking.ranked().stream()
                .map(r -> new SearchResponses.RankedHousehold(r.rank(), r.householdId(), r.householdReference(),
                        r.score(), r.householdWaitingDays(), criteria(r.criteria())))
                .toList(), ranking.excluded().size(),
                countByConstraint(ranking.excluded().stream().flatMap(e -> e.failedConstraints().stream()
                        .map(FailedConstraint::constraint).distinct()).toList()));
    }

    static SearchResponses.ChildSearch toResponse(ChildRanking ranking) {
        return new SearchResponses.ChildSearch(ranking.asAt(), ranking.ranked().stream()
                .map(r -> new SearchResponses.RankedChildren(r.rank(), r.unitId(), r.childIds(), r.score(),
                        r.childWaitingDays(), criteria(r.criteria())))
                .toList(), ranking.excluded().size(),
                countByConstraint(ranking.excluded().stream().flatMap(e -> e.failedConstraints().stream()
                        .map(FailedConstraint::constraint).distinct()).toList()));
    }

    static SearchResponses.WhyNot toWhyNot(UUID householdId, java.time.LocalDate asAt,
            List<FailedConstraint> failed) {
        return new SearchResponses.WhyNot(householdId, asAt, failed.isEmpty(), failed.stream()
                .map(f -> new SearchResponses.FailedConstraint(f.constraint(), f.childNumber(), f.needArea(),
                        f.required(), f.actual(), f.reason()))
                .toList());
    }

    static MatchResponse toResponse(MatchView view) {
        Match domain = view.domain();
        var match = view.match();
        return new MatchResponse(match.id(), match.stage(), match.stage().active(), match.householdId(),
                view.household() == null ? null : matchProfile(view.household()),
                view.children().stream().map(c -> new MatchResponse.ChildInMatch(c.childId(), c.childAuthority(),
                        c.position(), c.interAgencyClass(), c.feeAgencyType(), c.siblingPosition())).toList(),
                view.agencyView() ? match.siblingsApart() : null,
                view.agencyView() ? match.separationReason() : null,
                domain.history().stream().map(e -> new MatchResponse.Step(e.stage(), e.date(), e.reason())).toList(),
                domain.matchDate().orElse(null), domain.placementDate().orElse(null), match.version(),
                match.updatedAt());
    }

    private static List<SearchResponses.Criterion> criteria(List<CriterionScore> scores) {
        return scores.stream().map(c -> new SearchResponses.Criterion(c.criterion(), c.points(), c.maximum(),
                c.reason())).toList();
    }

    private static Map<HardConstraint, Long> countByConstraint(List<HardConstraint> constraints) {
        Map<HardConstraint, Long> counts = new EnumMap<>(HardConstraint.class);
        counts.putAll(constraints.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting())));
        return counts;
    }
}
