package uk.raa.children.domain.scorecard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default thresholds from DOMAIN.md §5 (the seed's "DfE Target 2012/15" and the DfE's January
 * 2014 announcement). These are starting reference data that managers may correct, not rules.
 */
public final class DefaultScorecardThresholds {

    private DefaultScorecardThresholds() {
    }

    public static ScorecardThresholds fromDomainBrief() {
        Map<ScorecardPeriod, ScorecardThreshold> table = new LinkedHashMap<>();
        table.put(ScorecardPeriod.threeYears(2009), new ScorecardThreshold(639, 213, 21));
        table.put(ScorecardPeriod.threeYears(2010), new ScorecardThreshold(608, 182, 20));
        table.put(ScorecardPeriod.threeYears(2011), new ScorecardThreshold(547, 152, 20));
        table.put(ScorecardPeriod.threeYears(2012), new ScorecardThreshold(487, 121, 18));
        table.put(ScorecardPeriod.threeYears(2013), new ScorecardThreshold(426, 121, 14));
        // 2014-17 "onwards": the table's last row applies to every later period.
        table.put(ScorecardPeriod.threeYears(2014), new ScorecardThreshold(426, 121, 14));
        return new ScorecardThresholds(table);
    }
}
