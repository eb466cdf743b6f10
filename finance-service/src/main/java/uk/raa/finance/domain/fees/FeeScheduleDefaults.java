package uk.raa.finance.domain.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.raa.finance.domain.money.Money;

/**
 * The fees DOMAIN.md §7 gives, as a starting schedule that configuration replaces or extends:
 * £27,000 per child between local authorities and RAAs from April 2011 (+10% in London), and the
 * voluntary-agency fee of £31,620 from 1 April 2019 for a first child. DOMAIN.md gives no voluntary-agency rate
 * for second and later siblings, nor earlier voluntary-agency rates, so none is invented here: such lookups fail
 * with {@code no-fee-applies} until the rates are configured.
 */
public final class FeeScheduleDefaults {

    private FeeScheduleDefaults() {
    }

    public static FeeSchedule defaults() {
        LocalDate april2011 = LocalDate.of(2011, 4, 1);
        Money laFee = Money.of(27_000);
        BigDecimal londonUplift = new BigDecimal("0.10");
        return new FeeSchedule(List.of(
                // "£27,000 per child": the same for every child in a sibling group.
                new FeeRate(april2011, AgencyType.LOCAL_AUTHORITY, SiblingPosition.FIRST_CHILD, laFee, londonUplift),
                new FeeRate(april2011, AgencyType.LOCAL_AUTHORITY, SiblingPosition.SECOND_OR_LATER, laFee,
                        londonUplift),
                new FeeRate(april2011, AgencyType.RAA, SiblingPosition.FIRST_CHILD, laFee, londonUplift),
                new FeeRate(april2011, AgencyType.RAA, SiblingPosition.SECOND_OR_LATER, laFee, londonUplift),
                // The voluntary-agency fee is a national rate; DOMAIN.md ties the London uplift to the LA fee only.
                new FeeRate(LocalDate.of(2019, 4, 1), AgencyType.VOLUNTARY_AGENCY, SiblingPosition.FIRST_CHILD,
                        Money.of(31_620), BigDecimal.ZERO)));
    }
}
