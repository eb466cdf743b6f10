package uk.raa.matching.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.raa.matching.domain.search.MatchRanker;
import uk.raa.matching.domain.search.RankingWeights;

/** One ranker for the application, with the configured weights (defaults where unset). */
@ApplicationScoped
public class RankerProducer {

    // Singleton, not ApplicationScoped: MatchRanker is final and immutable, so it needs no client proxy.
    @Produces
    @Singleton
    MatchRanker ranker(MatchingConfig config) {
        return new MatchRanker(weights(config.weights()));
    }

    static RankingWeights weights(MatchingConfig.Weights configured) {
        RankingWeights d = RankingWeights.defaults();
        return new RankingWeights(
                configured.needsMargin().orElse(d.needsMargin()),
                configured.ageFit().orElse(d.ageFit()),
                configured.capacityFit().orElse(d.capacityFit()),
                configured.childWaiting().orElse(d.childWaiting()),
                configured.householdWaiting().orElse(d.householdWaiting()),
                configured.earlyPermanence().orElse(d.earlyPermanence()),
                configured.childWaitHalfPointDays().orElse(d.childWaitHalfPointDays()),
                configured.householdWaitHalfPointDays().orElse(d.householdWaitHalfPointDays()));
    }
}
