package uk.raa.matching.domain.search;

import java.math.BigDecimal;

import uk.raa.matching.domain.rules.Require;

/**
 * Points one criterion gave and why, in words free of personal data.
 *
 * @param criterion the soft criterion
 * @param points    points awarded, two decimal places
 * @param maximum   the criterion's weight (most points it can give)
 * @param reason    one sentence for a practitioner
 */
public record CriterionScore(ScoreCriterion criterion, BigDecimal points, BigDecimal maximum, String reason) {

    public CriterionScore {
        Require.present(criterion, "criterion");
        Require.present(points, "points");
        Require.present(maximum, "maximum");
        Require.notBlank(reason, "reason");
    }
}
