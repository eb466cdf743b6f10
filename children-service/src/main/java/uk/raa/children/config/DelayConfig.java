package uk.raa.children.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Delay-list thresholds (DOMAIN.md §2); defaults are the seed's and the agency's. */
@ConfigMapping(prefix = "raa.delay")
public interface DelayConfig {

    /** "Subject of a Placement Order for longer than 9 months". */
    @WithDefault("9")
    int placementOrderMonths();

    /** "Placed with foster carers (or at home, or in external residential care) for longer than 12 months". */
    @WithDefault("12")
    int longTermPlacementMonths();

    /** SSDA903 PLACE codes counted as foster carers (U1-U6), at home (P1) or residential (K2, R1). */
    @WithDefault("U1,U2,U3,U4,U5,U6,P1,K2,R1")
    Set<String> longTermPlacementTypes();

    /** Placement order with no match after this many months. */
    @WithDefault("6")
    int noMatchMonths();

    /** Placed for adoption this long without an order (when monthly inter-agency charges start). */
    @WithDefault("12")
    int placedWithoutOrderMonths();
}
