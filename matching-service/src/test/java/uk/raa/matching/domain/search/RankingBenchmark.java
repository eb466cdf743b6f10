package uk.raa.matching.domain.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.HouseholdStatus;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;

/**
 * In-process latency check of ranking 10,000 waiting households (far more than England's ~1,800) for one child
 * and for a sibling group of three. Not a test: run by hand and read the numbers.
 *
 * <pre>java -cp target/classes:target/test-classes uk.raa.matching.domain.search.RankingBenchmark</pre>
 */
public final class RankingBenchmark {

    private static final long SEED = 20250101L;
    private static final int HOUSEHOLDS = 10_000;
    private static final int WARM_UP_RUNS = 100;
    private static final int MEASURED_RUNS = 200;
    private static final LocalDate AS_AT = LocalDate.parse("2025-01-01");
    private static final String[] AUTHORITIES = {"coventry", "solihull", "warwickshire", "worcestershire",
        "herefordshire"};

    private RankingBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(SEED);
        List<HouseholdProfile> households = new ArrayList<>(HOUSEHOLDS);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(household(random, i));
        }
        UUID group = new UUID(random.nextLong(), random.nextLong());
        List<ChildProfile> one = List.of(child(random, "2022-03-10", null));
        List<ChildProfile> three = List.of(child(random, "2019-11-02", group), child(random, "2021-05-20", group),
                child(random, "2023-02-14", group));
        MatchRanker ranker = new MatchRanker(RankingWeights.defaults());
        SearchContext context = SearchContext.asAt(AS_AT);

        report("one child", ranker, one, households, context);
        report("sibling group of three", ranker, three, households, context);
    }

    private static void report(String label, MatchRanker ranker, List<ChildProfile> children,
            List<HouseholdProfile> households, SearchContext context) {
        HouseholdRanking last = null;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            last = ranker.rankHouseholds(children, households, context);
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            last = ranker.rankHouseholds(children, households, context);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-24s households=%d ranked=%d excluded=%d runs=%d p50=%.2f ms p95=%.2f ms max=%.2f ms%n",
                label, households.size(), last.ranked().size(), last.excluded().size(), MEASURED_RUNS,
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static ChildProfile child(Random random, String born, UUID group) {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        needs.put(NeedArea.HEALTH, NeedLevel.LOW);
        needs.put(NeedArea.DEVELOPMENT, NeedLevel.MEDIUM);
        needs.put(NeedArea.BEHAVIOUR, NeedLevel.LOW);
        needs.put(NeedArea.EDUCATION, NeedLevel.NONE);
        return new ChildProfile(new UUID(random.nextLong(), random.nextLong()), "coventry", LocalDate.parse(born),
                Sex.MALE, "MWBC", false, needs, group, Set.of("coventry"), AS_AT.minusDays(240), false);
    }

    private static HouseholdProfile household(Random random, int index) {
        // Most households take one child; a third two; a few three (sector approvals).
        double c = random.nextDouble();
        int capacity = c < 0.55 ? 1 : c < 0.90 ? 2 : 3;
        boolean siblings = capacity > 1 && random.nextDouble() < 0.8;
        int minAge = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(4);
        int maxAge = Math.min(17, minAge + 2 + random.nextInt(7));
        Map<NeedArea, NeedLevel> acceptance = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            double a = random.nextDouble();
            acceptance.put(area, a < 0.10 ? NeedLevel.NONE : a < 0.45 ? NeedLevel.LOW
                    : a < 0.85 ? NeedLevel.MEDIUM : NeedLevel.HIGH);
        }
        String area = random.nextDouble() < 0.10 ? HouseholdProfile.OUTSIDE_AGENCY
                : AUTHORITIES[random.nextInt(AUTHORITIES.length)];
        Set<String> excluded = new HashSet<>();
        if (random.nextDouble() < 0.3) {
            excluded.add(AUTHORITIES[random.nextInt(AUTHORITIES.length)]);
        }
        // Waiting since approval: skewed short, long tail to about 3 years.
        int waited = (int) Math.min(1100, -Math.log(1 - random.nextDouble()) * 200);
        HouseholdStatus status = random.nextDouble() < 0.9 ? HouseholdStatus.APPROVED_WAITING : HouseholdStatus.ON_HOLD;
        return new HouseholdProfile(new UUID(random.nextLong(), random.nextLong()), "H-" + index, area, "ace",
                AgencyType.REGIONAL_ADOPTION_AGENCY, capacity, minAge, maxAge, siblings, acceptance, excluded,
                random.nextDouble() < 0.3, AS_AT.minusDays(waited), status);
    }
}
