package uk.raa.children.service.scorecard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Scorecard settings: small-number suppression and how part-year membership counts towards the agency. */
@ConfigMapping(prefix = "raa.scorecard")
public interface ScorecardConfig {

    Disclosure disclosure();

    /** Which financial years a membership that starts or ends part way through a year counts in. */
    @WithDefault("MAJORITY")
    MembershipYearRule membershipYear();

    interface Disclosure {
        /** A3 count and % withheld when the numerator is at most this (2012 performance tables: 5). */
        @WithDefault("5")
        int maxSuppressedNumerator();

        /** ... or the denominator is at most this (2012 performance tables: 10). */
        @WithDefault("10")
        int maxSuppressedDenominator();
    }
}
