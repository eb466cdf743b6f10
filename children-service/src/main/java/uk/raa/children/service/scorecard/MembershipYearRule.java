package uk.raa.children.service.scorecard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.raa.children.domain.scorecard.ScorecardPeriod;

/**
 * When a part year of membership counts: the domain's membership is in whole financial years, so a February launch
 * or a July joiner needs a stated rule. MAJORITY (the default) counts a year when the authority was a member for
 * more than half of its days (ACE's founders from 2018/19; Herefordshire, joining 1 July 2019, from 2019/20).
 */
public enum MembershipYearRule {
    /** Member on 1 April. */
    FIRST_DAY,
    /** Member on 31 March. */
    LAST_DAY,
    /** Member for more than half of the year's days. */
    MAJORITY;

    public boolean counts(LocalDate from, LocalDate to, ScorecardPeriod year) {
        LocalDate start = year.startDate();
        LocalDate end = year.endDate();
        return switch (this) {
            case FIRST_DAY -> covers(from, to, start);
            case LAST_DAY -> covers(from, to, end);
            case MAJORITY -> {
                LocalDate a = from.isAfter(start) ? from : start;
                LocalDate b = to == null || to.isAfter(end) ? end : to;
                long member = b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
                long all = ChronoUnit.DAYS.between(start, end) + 1;
                yield member * 2 > all;
            }
        };
    }

    private static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
