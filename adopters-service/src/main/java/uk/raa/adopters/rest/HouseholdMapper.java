package uk.raa.adopters.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.raa.adopters.domain.entity.AdopterEntity;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.adopters.domain.entity.ProcessStepEntity;
import uk.raa.adopters.domain.household.AdopterPersonalDetails;
import uk.raa.adopters.domain.household.AreaOfResidence;
import uk.raa.adopters.domain.household.Household;
import uk.raa.adopters.domain.household.HouseholdOffer;
import uk.raa.adopters.domain.household.HouseholdReference;
import uk.raa.adopters.domain.household.RecruitingAgency;
import uk.raa.adopters.domain.indicators.AdopterIndicators;
import uk.raa.adopters.domain.indicators.CohortConversion;
import uk.raa.adopters.domain.indicators.IndicatorThresholds;
import uk.raa.adopters.domain.process.ProcessEvent;
import uk.raa.adopters.service.HouseholdDetails;
import uk.raa.adopters.service.HouseholdViews;

/** Between the API's DTOs and the domain. Domain rule violations thrown here become 400s (see DomainProblems). */
final class HouseholdMapper {

    private HouseholdMapper() {
    }

    static HouseholdDetails toDetails(HouseholdRequest r) {
        return toDetails(HouseholdReference.of(r.householdReference()), r.adopters(), r.homeAddress(),
                r.areaOfResidence(), r.recruitingAgency(), r.fastTrackRoute(), r.offer());
    }

    static HouseholdDetails toDetails(HouseholdReference reference, HouseholdDetailsRequest r) {
        return toDetails(reference, r.adopters(), r.homeAddress(), r.areaOfResidence(), r.recruitingAgency(),
                r.fastTrackRoute(), r.offer());
    }

    private static HouseholdDetails toDetails(HouseholdReference reference, List<AdopterRequest> adopters,
            HomeAddressRequest address, String area, RecruitingAgencyRequest agency,
            uk.raa.adopters.domain.household.FastTrackRoute route, OfferRequest offer) {
        List<AdopterPersonalDetails> people = adopters.stream()
                .map(a -> new AdopterPersonalDetails(a.givenName(), a.familyName(), a.dateOfBirth())).toList();
        HouseholdOffer domainOffer = new HouseholdOffer(offer.numberOfChildren(), offer.minAgeYears(),
                offer.maxAgeYears(), offer.siblingGroupsAccepted(), offer.needAcceptance(),
                offer.excludedAreas() == null ? Set.of() : offer.excludedAreas(), offer.earlyPermanence());
        Household household = new Household(reference, people, new AreaOfResidence(area),
                new RecruitingAgency(agency.code(), agency.type()), domainOffer, route);
        return new HouseholdDetails(household,
                adopters.stream().map(a -> new HouseholdDetails.AdopterContact(a.email(), a.phone())).toList(),
                address == null ? null : new HouseholdDetails.HomeAddress(address.address(), address.postcode()));
    }

    static HouseholdResponse toResponse(HouseholdViews.Full file) {
        HouseholdEntity h = file.household();
        return new HouseholdResponse(h.id(), h.agency(), h.reference().value(),
                file.adopters().stream().map(HouseholdMapper::adopter).toList(),
                file.address() == null ? null
                        : new HouseholdResponse.HomeAddressView(file.address().address(), file.address().postcode()),
                h.areaOfResidence().code(),
                new HouseholdResponse.RecruitingAgencyView(h.recruitingAgency().code(), h.recruitingAgency().type()),
                h.fastTrackRoute(), offer(h.offer()), h.processState(), h.stateSince(), h.approvedOn(), h.version(),
                h.updatedAt());
    }

    static HouseholdMatchProfile toProfile(HouseholdEntity h) {
        HouseholdOffer offer = h.offer();
        return new HouseholdMatchProfile(h.id(), h.reference().value(), h.numberOfAdopters(), h.areaOfResidence().code(),
                new HouseholdMatchProfile.ProfileOffer(offer.numberOfChildren(), offer.minAgeYears(),
                        offer.maxAgeYears(), offer.siblingGroupsAccepted(), offer.needAcceptance()),
                h.approvedOn());
    }

    static HouseholdSummary toSummary(HouseholdEntity h) {
        return new HouseholdSummary(h.id(), h.reference().value(), h.numberOfAdopters(), h.areaOfResidence().code(),
                h.processState(), h.stateSince(), h.approvedOn(), h.version());
    }

    static ProcessEvent toEvent(StepRequest r) {
        return new ProcessEvent(r.step(), r.date(), r.reason());
    }

    static TimelineResponse toTimeline(HouseholdViews.Timeline t) {
        LocalDate asAt = t.asAt().asAt();
        HouseholdEntity h = t.household();
        return new TimelineResponse(h.id(), h.reference().value(), asAt, t.asAt().state(), t.asAt().stateSince(),
                h.processState(), h.version(),
                t.steps().stream().map(s -> step(s, asAt)).toList(),
                t.timescales().stream().map(ts -> new TimelineResponse.TimescaleView(ts.timescale(), ts.startedOn(),
                        ts.dueDate(), ts.closedOn(), ts.status().name())).toList(),
                t.flags().stream().map(f -> new TimelineResponse.FlagView(f.timescale(), f.startedOn(), f.dueDate(),
                        f.closedOn(), f.daysOver())).toList());
    }

    static IndicatorsResponse toIndicators(HouseholdViews.Indicators view) {
        IndicatorThresholds t = view.thresholds();
        Map<String, UUID> ids = view.householdIdsByReference();
        Map<String, IndicatorsResponse.ScopeIndicators> byArea = new java.util.TreeMap<>();
        view.report().byArea().forEach((area, indicators) -> byArea.put(area, scope(indicators, ids)));
        return new IndicatorsResponse(view.report().asAt(), view.report().firstYear().label(),
                new IndicatorsResponse.Thresholds(t.approvalWithinMonths(), t.a12WaitMonths(),
                        t.waitingThresholdMonths(), t.longWaitingThresholdMonths()),
                scope(view.report().agency(), ids), byArea);
    }

    private static IndicatorsResponse.ScopeIndicators scope(AdopterIndicators i, Map<String, UUID> ids) {
        return new IndicatorsResponse.ScopeIndicators(i.scope(),
                i.approvals().stream().map(y -> new IndicatorsResponse.YearCount(y.year().label(), y.count())).toList(),
                i.enquiryToApproval().stream().map(HouseholdMapper::conversion).toList(),
                i.assessmentToApproval().stream().map(HouseholdMapper::conversion).toList(),
                i.approvedWithinTimescale().stream().map(HouseholdMapper::proportion).toList(),
                i.a11ApprovedAndWaiting(),
                i.a12MatchedAfterWaiting().stream().map(HouseholdMapper::proportion).toList(),
                i.a13BeingAssessed(), i.waitingOverThreshold(), i.waitingOverLongThreshold(),
                i.waiting().stream().map(w -> new IndicatorsResponse.Waiting(ids.get(w.reference().value()),
                        w.reference().value(), w.areaOfResidence(), w.approvedOn(), w.daysWaiting(), w.limitations()))
                        .toList());
    }

    private static IndicatorsResponse.Conversion conversion(CohortConversion c) {
        return new IndicatorsResponse.Conversion(c.cohortYear().label(), c.cohortSize(), c.approved(),
                c.stillInProcess(), c.leftProcess(), c.rate().percent());
    }

    private static IndicatorsResponse.YearProportion proportion(
            uk.raa.adopters.domain.indicators.YearProportion p) {
        return new IndicatorsResponse.YearProportion(p.year().label(), p.proportion().numerator(),
                p.proportion().denominator(), p.proportion().percent());
    }

    private static TimelineResponse.StepView step(ProcessStepEntity s, LocalDate asAt) {
        ProcessEvent e = s.event();
        return new TimelineResponse.StepView(s.sequence(), e.step(), e.date(), e.reason(), s.recordedAt(),
                !e.date().isAfter(asAt));
    }

    private static HouseholdResponse.AdopterView adopter(AdopterEntity a) {
        AdopterPersonalDetails d = a.details();
        return new HouseholdResponse.AdopterView(d.givenName(), d.familyName(), d.dateOfBirth(), a.email(), a.phone());
    }

    private static HouseholdResponse.OfferView offer(HouseholdOffer o) {
        return new HouseholdResponse.OfferView(o.numberOfChildren(), o.minAgeYears(), o.maxAgeYears(),
                o.siblingGroupsAccepted(), o.needAcceptance(), o.excludedAreas(), o.earlyPermanence());
    }
}
