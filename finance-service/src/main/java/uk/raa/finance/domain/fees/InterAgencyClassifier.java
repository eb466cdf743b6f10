package uk.raa.finance.domain.fees;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.domain.rules.DomainRuleViolation;

/**
 * Decides whether a placement is inter-agency from membership on the day the child moves in (DOMAIN.md §7):
 * a child of an authority that joins later is external before its joining date and the agency's own from it.
 */
public final class InterAgencyClassifier {

    private final FeeSchedule schedule;

    public InterAgencyClassifier(FeeSchedule schedule) {
        this.schedule = DomainRuleViolation.required(schedule, "schedule");
    }

    public static InterAgencyClassification classify(Partnership partnership, InterAgencyPlacement placement) {
        boolean agencyChild = partnership.isMemberOn(placement.childAuthority(), placement.movedIn());
        boolean agencyHousehold = placement.householdApprovedByAgency();
        if (agencyChild && agencyHousehold) {
            return InterAgencyClassification.WITHIN_AGENCY;
        }
        if (agencyChild) {
            return InterAgencyClassification.PAYABLE;
        }
        if (agencyHousehold) {
            return InterAgencyClassification.RECEIVABLE;
        }
        throw new DomainRuleViolation("placement-outside-agency", "childAuthority",
                "neither the child's authority nor the adopters belong to the agency on the move-in date");
    }

    public InterAgencyFee price(Partnership partnership, InterAgencyPlacement placement) {
        InterAgencyClassification classification = classify(partnership, placement);
        return switch (classification) {
            case WITHIN_AGENCY -> new InterAgencyFee(placement, classification, null, Money.ZERO);
            case PAYABLE -> priced(placement, classification, placement.householdAgencyType());
            case RECEIVABLE -> {
                DomainRuleViolation.require(placement.childAgencyType() != null, "receivable-requires-placing-agency-type",
                        "childAgencyType", "the type of the agency placing an external child is needed for its fee");
                yield priced(placement, classification, placement.childAgencyType());
            }
        };
    }

    private InterAgencyFee priced(InterAgencyPlacement placement, InterAgencyClassification classification,
                                  AgencyType counterpart) {
        Money fee = schedule.lookup(placement.movedIn(), counterpart, placement.siblingPosition(), placement.london());
        return new InterAgencyFee(placement, classification, counterpart, fee);
    }
}
