package uk.raa.matching.domain.profile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.domain.rules.Require;

/**
 * Matching's projection of a child waiting for a family (children-service owns the child). Holds only what
 * matching needs.
 *
 * @param childId               the child's id in children-service
 * @param authorityCode         the partner authority looking after the child (e.g. {@code coventry})
 * @param dateOfBirth           date of birth; age is taken at a search's as-at date
 * @param sex                   sex as recorded in SSDA903
 * @param ethnicityCode         DfE ethnicity code (e.g. {@code WBRI})
 * @param disability            whether the child is recorded as disabled
 * @param needs                 assessed need level in every {@link NeedArea}
 * @param siblingGroupId        the sibling group to be placed together, or null when the child is placed alone
 * @param excludedAreas         authority codes the child must not be placed in (e.g. near birth family)
 * @param availableSince        when the child became available for matching (waiting starts here)
 * @param earlyPermanenceWanted whether the plan asks for fostering for adoption or concurrent planning
 */
public record ChildProfile(
        UUID childId,
        String authorityCode,
        LocalDate dateOfBirth,
        Sex sex,
        String ethnicityCode,
        boolean disability,
        Map<NeedArea, NeedLevel> needs,
        UUID siblingGroupId,
        Set<String> excludedAreas,
        LocalDate availableSince,
        boolean earlyPermanenceWanted) {

    public ChildProfile {
        Require.present(childId, "childId");
        Require.notBlank(authorityCode, "authorityCode");
        Require.present(dateOfBirth, "dateOfBirth");
        Require.present(sex, "sex");
        Require.notBlank(ethnicityCode, "ethnicityCode");
        needs = NeedProfile.complete(needs, "needs");
        excludedAreas = excludedAreas == null ? Set.of() : Set.copyOf(excludedAreas);
        Require.present(availableSince, "availableSince");
        if (availableSince.isBefore(dateOfBirth)) {
            throw new DomainRuleViolation("DATE_BEFORE_BIRTH", "availableSince",
                    "availableSince must be on or after dateOfBirth");
        }
    }

    public NeedLevel need(NeedArea area) {
        return needs.get(area);
    }

    public Optional<UUID> siblingGroup() {
        return Optional.ofNullable(siblingGroupId);
    }
}
