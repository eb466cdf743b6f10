package uk.raa.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import uk.raa.matching.domain.profile.AgencyType;

/** matching-service settings: ranking weights ({@code raa.matching.weights.*}) and the agency's own type. */
@ConfigMapping(prefix = "raa.matching")
public interface MatchingConfig {

    Weights weights();

    /** The agency's own type; sets the fee it charges when its household adopts an external child. */
    @WithDefault("REGIONAL_ADOPTION_AGENCY")
    AgencyType agencyType();

    /** Each weight is optional; an unset one takes its value from {@code RankingWeights.defaults()}. */
    interface Weights {
        Optional<BigDecimal> needsMargin();

        Optional<BigDecimal> ageFit();

        Optional<BigDecimal> capacityFit();

        Optional<BigDecimal> childWaiting();

        Optional<BigDecimal> householdWaiting();

        Optional<BigDecimal> earlyPermanence();

        OptionalInt childWaitHalfPointDays();

        OptionalInt householdWaitHalfPointDays();
    }
}
