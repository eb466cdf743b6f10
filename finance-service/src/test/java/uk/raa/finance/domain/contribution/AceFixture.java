package uk.raa.finance.domain.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.FinancialYear;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;

/**
 * Invented but plausible figures for ACE. 2018/19 baselines (the baseline year for a 2019/20 joiner):
 * <pre>
 * coventry        £1,200,000 / 40 adoptions = £30,000
 * solihull          £600,000 / 15           = £40,000
 * warwickshire      £900,000 / 30           = £30,000
 * worcestershire    £800,000 / 25           = £32,000
 * total           £3,500,000 / 110          = £31,818.1818... (ACE average, weighted)
 * </pre>
 * The founders' agreed baselines for 2019/20 are those spends, no uplift.
 */
public final class AceFixture {

    public static final AuthorityCode COVENTRY = AuthorityCode.of("coventry");
    public static final AuthorityCode SOLIHULL = AuthorityCode.of("solihull");
    public static final AuthorityCode WARWICKSHIRE = AuthorityCode.of("warwickshire");
    public static final AuthorityCode WORCESTERSHIRE = AuthorityCode.of("worcestershire");
    public static final AuthorityCode HEREFORDSHIRE = AuthorityCode.of("herefordshire");
    public static final List<AuthorityCode> FOUNDERS = List.of(COVENTRY, SOLIHULL, WARWICKSHIRE, WORCESTERSHIRE);

    public static final LocalDate LAUNCH = LocalDate.of(2018, 2, 1);
    public static final LocalDate HEREFORDSHIRE_JOINS = LocalDate.of(2019, 7, 1);
    public static final FinancialYear Y2018 = FinancialYear.of(2018);
    public static final FinancialYear Y2019 = FinancialYear.of(2019);
    public static final FinancialYear Y2020 = FinancialYear.of(2020);

    private AceFixture() {
    }

    public static List<MembershipPeriod> founderMemberships() {
        return FOUNDERS.stream().map(f -> MembershipPeriod.open(f, LAUNCH)).toList();
    }

    public static Partnership foundersOnly() {
        return new Partnership("ace", founderMemberships());
    }

    public static Partnership withHerefordshire() {
        List<MembershipPeriod> periods = new ArrayList<>(founderMemberships());
        periods.add(MembershipPeriod.open(HEREFORDSHIRE, HEREFORDSHIRE_JOINS));
        return new Partnership("ace", periods);
    }

    public static List<Baseline> founderBaselines2018() {
        return List.of(
                new Baseline(COVENTRY, Y2018, Money.of(1_200_000), 40),
                new Baseline(SOLIHULL, Y2018, Money.of(600_000), 15),
                new Baseline(WARWICKSHIRE, Y2018, Money.of(900_000), 30),
                new Baseline(WORCESTERSHIRE, Y2018, Money.of(800_000), 25));
    }

    /** Founders' baselines plus Herefordshire's 2018/19 figures. */
    public static List<Baseline> baselinesWithHerefordshire(Money spend, int adoptions) {
        List<Baseline> all = new ArrayList<>(founderBaselines2018());
        all.add(new Baseline(HEREFORDSHIRE, Y2018, spend, adoptions));
        return all;
    }

    public static AgreementTerms terms2019() {
        return AgreementTerms.fromBaselines(Y2019, founderBaselines2018(), BigDecimal.ZERO);
    }
}
