package uk.raa.adopters.domain.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import uk.raa.adopters.domain.DomainRuleViolation;
import uk.raa.adopters.domain.household.AgencyType;
import uk.raa.adopters.domain.household.Household;
import uk.raa.adopters.domain.household.HouseholdOffer;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.process.ProcessSnapshot;
import uk.raa.adopters.domain.process.ProcessState;
import uk.raa.adopters.domain.process.ProcessStep;

/**
 * Computes the adopter indicators from household timelines as at a date. Every figure is taken
 * from each timeline's {@code stateAsAt(asAt)}, so a report for a past date counts only what had
 * happened by then. Only households recruited by this agency are counted: the others' assessment
 * happened elsewhere. Definitions: docs/adopter-indicators.md.
 */
public final class AdopterIndicatorCalculator {

    /** Registered and not yet approved, withdrawn or deregistered: A13. */
    private static final Set<ProcessState> BEING_ASSESSED = EnumSet.of(
            ProcessState.REGISTRATION_OF_INTEREST, ProcessState.STAGE_1_STARTED, ProcessState.STAGE_1_COMPLETED,
            ProcessState.STAGE_2_STARTED, ProcessState.STAGE_2_COMPLETED, ProcessState.PANEL_RECOMMENDATION);

    private static final Set<ProcessState> LEFT_PROCESS = EnumSet.of(ProcessState.WITHDRAWN, ProcessState.DEREGISTERED);

    private final IndicatorThresholds thresholds;

    public AdopterIndicatorCalculator(IndicatorThresholds thresholds) {
        this.thresholds = DomainRuleViolation.require(thresholds, "thresholds");
    }

    public AdopterIndicatorReport calculate(Collection<HouseholdTimeline> households, LocalDate asAt,
                                            FinancialYear firstYear) {
        DomainRuleViolation.require(households, "households");
        DomainRuleViolation.require(asAt, "asAt");
        DomainRuleViolation.require(firstYear, "firstYear");
        FinancialYear lastYear = FinancialYear.containing(asAt);
        if (firstYear.compareTo(lastYear) > 0) {
            throw new DomainRuleViolation("firstYear", "NOT_AFTER_AS_AT", "must not be after the financial year of asAt");
        }
        List<FinancialYear> years = new ArrayList<>();
        for (FinancialYear year = firstYear; year.compareTo(lastYear) <= 0; year = year.next()) {
            years.add(year);
        }

        List<Counted> counted = new ArrayList<>();
        for (HouseholdTimeline entry : households) {
            DomainRuleViolation.require(entry, "households[]");
            if (entry.household().recruitingAgency().type() == AgencyType.THIS_AGENCY) {
                counted.add(new Counted(entry.household(), entry.timeline().stateAsAt(asAt)));
            }
        }

        Map<String, List<Counted>> byArea = new TreeMap<>();
        for (Counted c : counted) {
            byArea.computeIfAbsent(c.household().areaOfResidence().code(), k -> new ArrayList<>()).add(c);
        }
        Map<String, AdopterIndicators> areaIndicators = new TreeMap<>();
        byArea.forEach((area, members) -> areaIndicators.put(area, indicators(area, members, years, asAt)));
        return new AdopterIndicatorReport(asAt, firstYear,
                indicators(AdopterIndicators.AGENCY_WIDE, counted, years, asAt), areaIndicators);
    }

    private AdopterIndicators indicators(String scope, List<Counted> members, List<FinancialYear> years, LocalDate asAt) {
        List<YearCount> approvals = new ArrayList<>();
        List<CohortConversion> enquiryToApproval = new ArrayList<>();
        List<CohortConversion> assessmentToApproval = new ArrayList<>();
        List<YearProportion> approvedWithin = new ArrayList<>();
        List<YearProportion> a12 = new ArrayList<>();
        for (FinancialYear year : years) {
            approvals.add(new YearCount(year, (int) members.stream()
                    .filter(c -> inYear(c.snapshot().dateOf(ProcessStep.ADM_APPROVAL), year)).count()));
            enquiryToApproval.add(conversion(members, year, ProcessStep.ENQUIRY));
            assessmentToApproval.add(conversion(members, year, ProcessStep.STAGE_2_STARTED));
            approvedWithin.add(new YearProportion(year, approvedWithinTimescale(members, year)));
            a12.add(new YearProportion(year, matchedAfterWaiting(members, year)));
        }

        List<WaitingHousehold> waiting = new ArrayList<>();
        int a13 = 0;
        int overThreshold = 0;
        int overLongThreshold = 0;
        for (Counted c : members) {
            ProcessState state = c.snapshot().state();
            if (BEING_ASSESSED.contains(state)) {
                a13++;
            }
            if (state == ProcessState.ADM_APPROVAL) {
                LocalDate approvedOn = c.snapshot().stateSince();
                if (asAt.isAfter(approvedOn.plusMonths(thresholds.waitingThresholdMonths()))) {
                    overThreshold++;
                }
                if (asAt.isAfter(approvedOn.plusMonths(thresholds.longWaitingThresholdMonths()))) {
                    overLongThreshold++;
                }
                waiting.add(new WaitingHousehold(c.household().reference(), c.household().areaOfResidence().code(),
                        approvedOn, ChronoUnit.DAYS.between(approvedOn, asAt), limitations(c.household().offer())));
            }
        }
        waiting.sort(Comparator.comparingLong(WaitingHousehold::daysWaiting).reversed()
                .thenComparing(WaitingHousehold::reference));
        return new AdopterIndicators(scope, approvals, enquiryToApproval, assessmentToApproval, approvedWithin,
                waiting.size(), a12, a13, overThreshold, overLongThreshold, waiting);
    }

    /** Cohort: households whose {@code entryStep} is dated in {@code year}; outcome as at the snapshot date. */
    private static CohortConversion conversion(List<Counted> members, FinancialYear year, ProcessStep entryStep) {
        int size = 0;
        int approved = 0;
        int left = 0;
        for (Counted c : members) {
            if (!inYear(c.snapshot().dateOf(entryStep), year)) {
                continue;
            }
            size++;
            if (c.snapshot().reached(ProcessStep.ADM_APPROVAL)) {
                approved++;
            } else if (LEFT_PROCESS.contains(c.snapshot().state())) {
                left++;
            }
        }
        return new CohortConversion(year, size, approved, size - approved - left, left, Proportion.of(approved, size));
    }

    /** Of the households approved in {@code year}, those approved on or before registration + N months. */
    private Proportion approvedWithinTimescale(List<Counted> members, FinancialYear year) {
        return proportionOf(members, year, ProcessStep.ADM_APPROVAL, c -> {
            LocalDate approved = c.snapshot().dateOf(ProcessStep.ADM_APPROVAL).orElseThrow();
            return c.snapshot().dateOf(ProcessStep.REGISTRATION_OF_INTEREST)
                    .map(registered -> !approved.isAfter(registered.plusMonths(thresholds.approvalWithinMonths())))
                    .orElse(false);
        });
    }

    /** A12: of the households matched in {@code year}, those matched on or after approval + N months. */
    private Proportion matchedAfterWaiting(List<Counted> members, FinancialYear year) {
        return proportionOf(members, year, ProcessStep.MATCHED, c -> {
            LocalDate matched = c.snapshot().dateOf(ProcessStep.MATCHED).orElseThrow();
            LocalDate approved = c.snapshot().dateOf(ProcessStep.ADM_APPROVAL).orElseThrow();
            return !matched.isBefore(approved.plusMonths(thresholds.a12WaitMonths()));
        });
    }

    private static Proportion proportionOf(List<Counted> members, FinancialYear year, ProcessStep cohortStep,
                                           Predicate<Counted> counts) {
        int denominator = 0;
        int numerator = 0;
        for (Counted c : members) {
            if (inYear(c.snapshot().dateOf(cohortStep), year)) {
                denominator++;
                if (counts.test(c)) {
                    numerator++;
                }
            }
        }
        return Proportion.of(numerator, denominator);
    }

    private List<MatchLimitation> limitations(HouseholdOffer offer) {
        List<MatchLimitation> limits = new ArrayList<>();
        if (offer.ageRangeYears() < thresholds.narrowAgeRangeYears()) {
            limits.add(MatchLimitation.NARROW_AGE_RANGE);
        }
        if (!offer.siblingGroupsAccepted()) {
            limits.add(MatchLimitation.NO_SIBLING_GROUPS);
        }
        for (NeedArea area : NeedArea.values()) {
            if (!thresholds.limitingNeedLevel().isBelow(offer.needLevel(area))) {
                limits.add(MatchLimitation.needNotAccepted(area));
            }
        }
        if (!offer.excludedAreas().isEmpty()) {
            limits.add(MatchLimitation.EXCLUDED_AREAS);
        }
        if (!offer.earlyPermanence()) {
            limits.add(MatchLimitation.NO_EARLY_PERMANENCE);
        }
        return limits;
    }

    private static boolean inYear(Optional<LocalDate> date, FinancialYear year) {
        return date.isPresent() && year.contains(date.get());
    }

    private record Counted(Household household, ProcessSnapshot snapshot) {
    }
}
