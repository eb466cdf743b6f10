package uk.raa.finance.domain.fees;

import uk.raa.finance.domain.money.Money;

/**
 * A classified and priced placement. {@code counterpartType} is the other agency's type (null within the agency);
 * {@code fee} is zero within the agency.
 */
public record InterAgencyFee(InterAgencyPlacement placement, InterAgencyClassification classification,
                             AgencyType counterpartType, Money fee) {
}
