package uk.raa.adopters.domain.indicators;

import java.util.List;

/**
 * The adopter indicators for one scope (agency-wide or one area of residence) as at a date.
 * Period indicators have one entry per financial year from the report's first year to the year
 * containing the as-at date (that year counted to the as-at date only). See docs/adopter-indicators.md.
 */
public record AdopterIndicators(
        String scope,
        List<YearCount> approvals,
        List<CohortConversion> enquiryToApproval,
        List<CohortConversion> assessmentToApproval,
        List<YearProportion> approvedWithinTimescale,
        int a11ApprovedAndWaiting,
        List<YearProportion> a12MatchedAfterWaiting,
        int a13BeingAssessed,
        int waitingOverThreshold,
        int waitingOverLongThreshold,
        List<WaitingHousehold> waiting) {

    public static final String AGENCY_WIDE = "AGENCY";

    public AdopterIndicators {
        approvals = List.copyOf(approvals);
        enquiryToApproval = List.copyOf(enquiryToApproval);
        assessmentToApproval = List.copyOf(assessmentToApproval);
        approvedWithinTimescale = List.copyOf(approvedWithinTimescale);
        a12MatchedAfterWaiting = List.copyOf(a12MatchedAfterWaiting);
        waiting = List.copyOf(waiting);
    }
}
