package uk.raa.adopters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.adopters.domain.household.AgencyType;
import uk.raa.adopters.domain.household.AreaOfResidence;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.HouseholdOffer;
import uk.raa.adopters.domain.household.HouseholdReference;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;
import uk.raa.adopters.domain.household.RecruitingAgency;
import uk.raa.adopters.domain.process.ProcessState;

class HouseholdEventsTest {

    private static final Instant NOW = Instant.parse("2024-01-01T10:00:00Z");

    private static HouseholdEntity household() {
        HouseholdEntity h = new HouseholdEntity(UUID.fromString("0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11"), "ace",
                HouseholdReference.of("ACE-H-1"), NOW);
        h.applyProfile(2, new AreaOfResidence("coventry"), new RecruitingAgency("ace", AgencyType.THIS_AGENCY),
                FastTrackRoute.NONE, offer(Set.of("solihull")), NOW);
        return h;
    }

    private static HouseholdOffer offer(Set<String> excluded) {
        return new HouseholdOffer(2, 0, 4, true, Map.of(NeedArea.HEALTH, NeedLevel.MEDIUM, NeedArea.DEVELOPMENT,
                NeedLevel.LOW, NeedArea.BEHAVIOUR, NeedLevel.LOW, NeedArea.EDUCATION, NeedLevel.NONE), excluded, true);
    }

    @Test
    void theProfileCarriesWhatMatchingNeedsAndNothingPersonal() throws Exception {
        HouseholdEntity h = household();
        h.applyProcess(ProcessState.ADM_APPROVAL, LocalDate.of(2023, 9, 14), LocalDate.of(2023, 9, 14), NOW);
        HouseholdEvents.ProfileChanged event = HouseholdEvents.profileOf(h);
        assertEquals("household.profile-changed.v1", HouseholdEvents.PROFILE_CHANGED);
        assertEquals(h.id(), event.householdId());
        assertEquals("ACE-H-1", event.reference());
        assertEquals("coventry", event.areaOfResidence());
        assertEquals(AgencyType.THIS_AGENCY, event.recruitingAgencyType());
        assertEquals("ADM_APPROVAL", event.status());
        assertEquals(LocalDate.of(2023, 9, 14), event.approvalDate());
        assertEquals(Set.of("solihull"), event.offer().excludedAreas());
        assertEquals(NeedLevel.MEDIUM, event.offer().needAcceptance().get(NeedArea.HEALTH));

        String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(event);
        for (String field : new String[] {"givenName", "familyName", "dateOfBirth", "email", "phone", "address",
                "postcode"}) {
            assertFalse(json.contains(field), field);
        }
        assertTrue(json.contains("\"approvalDate\":[2023,9,14]") || json.contains("2023-09-14"), json);
    }

    @Test
    void anEventIsDueOnlyWhenTheProfileChanged() {
        HouseholdEntity h = household();
        HouseholdEvents.ProfileChanged before = HouseholdEvents.profileOf(h);
        assertTrue(HouseholdEvents.change(null, before).isPresent(), "a new household is published");
        assertTrue(HouseholdEvents.change(before, HouseholdEvents.profileOf(h)).isEmpty(), "nothing changed");

        h.applyProfile(2, new AreaOfResidence("coventry"), new RecruitingAgency("ace", AgencyType.THIS_AGENCY),
                FastTrackRoute.NONE, offer(Set.of()), NOW);
        assertTrue(HouseholdEvents.change(before, HouseholdEvents.profileOf(h)).isPresent(), "offer changed");

        HouseholdEvents.ProfileChanged offerChanged = HouseholdEvents.profileOf(h);
        h.applyProcess(ProcessState.ENQUIRY, LocalDate.of(2023, 1, 9), null, NOW);
        assertEquals("ENQUIRY", HouseholdEvents.change(offerChanged, HouseholdEvents.profileOf(h)).orElseThrow().status());
    }
}
