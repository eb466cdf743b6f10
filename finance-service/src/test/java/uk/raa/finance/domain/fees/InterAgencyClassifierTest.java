package uk.raa.finance.domain.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.raa.finance.domain.contribution.AceFixture.COVENTRY;
import static uk.raa.finance.domain.contribution.AceFixture.HEREFORDSHIRE;
import static uk.raa.finance.domain.contribution.AceFixture.LAUNCH;
import static uk.raa.finance.domain.contribution.AceFixture.SOLIHULL;
import static uk.raa.finance.domain.contribution.AceFixture.WORCESTERSHIRE;
import static uk.raa.finance.domain.fees.SiblingPosition.FIRST_CHILD;
import static uk.raa.finance.domain.fees.SiblingPosition.SECOND_OR_LATER;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.raa.finance.domain.contribution.AceFixture;
import uk.raa.finance.domain.money.Money;
import uk.raa.finance.domain.partnership.AuthorityCode;
import uk.raa.finance.domain.partnership.MembershipPeriod;
import uk.raa.finance.domain.partnership.Partnership;
import uk.raa.finance.domain.rules.DomainRuleViolation;

class InterAgencyClassifierTest {

    private final Partnership ace = AceFixture.withHerefordshire();
    private final InterAgencyClassifier classifier = new InterAgencyClassifier(FeeScheduleDefaults.defaults());

    @Test
    void membersChildWithAgencyAdoptersIsWithinTheAgencyAndFree() {
        InterAgencyFee fee = classifier.price(ace, InterAgencyPlacement.withAgencyHousehold(
                LocalDate.of(2019, 5, 1), COVENTRY, null, FIRST_CHILD, false));
        assertEquals(InterAgencyClassification.WITHIN_AGENCY, fee.classification());
        assertEquals(Money.ZERO, fee.fee());
        assertNull(fee.counterpartType());
    }

    @Test
    void membersChildWithAnotherAgencysAdoptersIsPayableAtThatAgencysRate() {
        InterAgencyFee fee = classifier.price(ace, InterAgencyPlacement.withExternalHousehold(
                LocalDate.of(2019, 5, 1), SOLIHULL, AgencyType.VOLUNTARY_AGENCY, FIRST_CHILD, false));
        assertEquals(InterAgencyClassification.PAYABLE, fee.classification());
        assertEquals(AgencyType.VOLUNTARY_AGENCY, fee.counterpartType());
        assertEquals(Money.of(31_620), fee.fee());
    }

    @Test
    void herefordshireChildIsReceivableTheDayBeforeItJoinsAndWithinTheAgencyFromJoining() {
        InterAgencyPlacement before = InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2019, 6, 30),
                HEREFORDSHIRE, AgencyType.LOCAL_AUTHORITY, SECOND_OR_LATER, false);
        InterAgencyPlacement onJoining = InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2019, 7, 1),
                HEREFORDSHIRE, AgencyType.LOCAL_AUTHORITY, SECOND_OR_LATER, false);
        InterAgencyFee receivable = classifier.price(ace, before);
        assertEquals(InterAgencyClassification.RECEIVABLE, receivable.classification());
        assertEquals(Money.of(27_000), receivable.fee());
        assertEquals(InterAgencyClassification.WITHIN_AGENCY, InterAgencyClassifier.classify(ace, onJoining));
    }

    @Test
    void childOfAMemberThatHasLeftIsExternal() {
        Partnership afterExit = new Partnership("ace", List.of(MembershipPeriod.open(COVENTRY, LAUNCH),
                MembershipPeriod.between(WORCESTERSHIRE, LAUNCH, LocalDate.of(2019, 9, 30))));
        assertEquals(InterAgencyClassification.RECEIVABLE, InterAgencyClassifier.classify(afterExit,
                InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2019, 10, 1), WORCESTERSHIRE,
                        AgencyType.RAA, FIRST_CHILD, false)));
    }

    @Test
    void externalChildWithExternalAdoptersIsNotTheAgencysBusiness() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> InterAgencyClassifier.classify(ace,
                InterAgencyPlacement.withExternalHousehold(LocalDate.of(2019, 5, 1), AuthorityCode.of("birmingham"),
                        AgencyType.LOCAL_AUTHORITY, FIRST_CHILD, false)));
        assertEquals("placement-outside-agency", v.rule());
    }

    @Test
    void receivableFeeNeedsThePlacingAgencysType() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> classifier.price(ace,
                InterAgencyPlacement.withAgencyHousehold(LocalDate.of(2019, 5, 1), AuthorityCode.of("birmingham"),
                        null, FIRST_CHILD, false)));
        assertEquals("receivable-requires-placing-agency-type", v.rule());
    }

    @Test
    void londonPayableFeeCarriesTheUplift() {
        InterAgencyFee fee = classifier.price(ace, InterAgencyPlacement.withExternalHousehold(
                LocalDate.of(2019, 5, 1), COVENTRY, AgencyType.LOCAL_AUTHORITY, FIRST_CHILD, true));
        // 27,000 × 1.10 = 29,700
        assertEquals(Money.of(29_700), fee.fee());
    }
}
