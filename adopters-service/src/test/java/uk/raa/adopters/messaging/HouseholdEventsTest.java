package uk.raa.adopters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.raa.common.testing.EventContracts;

class HouseholdEventsTest {

    private static final Instant NOW = Instant.parse("2024-01-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static HouseholdEntity household(AgencyType agencyType) {
        HouseholdEntity h = new HouseholdEntity(UUID.fromString("0f9a7c52-3c55-4d55-9a0e-5f1f0e8c2b11"), "ace",
                HouseholdReference.of("ACE-H-1"), NOW);
        h.applyProfile(2, new AreaOfResidence("coventry"), new RecruitingAgency("ace", agencyType),
                FastTrackRoute.NONE, offer(Set.of("solihull")), NOW);
        return h;
    }

    private static HouseholdOffer offer(Set<String> excluded) {
        return new HouseholdOffer(2, 0, 4, true, Map.of(NeedArea.HEALTH, NeedLevel.MEDIUM, NeedArea.DEVELOPMENT,
                NeedLevel.LOW, NeedArea.BEHAVIOUR, NeedLevel.LOW, NeedArea.EDUCATION, NeedLevel.NONE), excluded, true);
    }

    private static void approve(HouseholdEntity h) {
        h.applyProcess(ProcessState.ADM_APPROVAL, LocalDate.of(2023, 9, 14), LocalDate.of(2023, 9, 14), NOW);
    }

    @Test
    void theProfileCarriesWhatMatchingNeedsFitsTheSchemaAndHasNothingPersonal() {
        HouseholdEntity h = household(AgencyType.THIS_AGENCY);
        approve(h);
        HouseholdEvents.ProfileChanged event = HouseholdEvents.profileOf(h).orElseThrow();
        assertEquals(h.id(), event.householdId());
        assertEquals("ACE-H-1", event.reference());
        assertEquals(2, event.numberOfAdopters());
        assertEquals("coventry", event.areaOfResidence());
        assertEquals("REGIONAL_ADOPTION_AGENCY", event.recruitingAgencyType());
        assertEquals("APPROVED_WAITING", event.status());
        assertEquals(LocalDate.of(2023, 9, 14), event.approvalDate());
        assertEquals(Set.of("solihull"), event.excludedAreas());
        assertEquals(NeedLevel.MEDIUM, event.needAcceptance().get(NeedArea.HEALTH));

        JsonNode data = JSON.valueToTree(event);
        assertEquals(List.of(), EventContracts.dataViolations(HouseholdEvents.PROFILE_CHANGED, data));
        String json = data.toString();
        for (String field : new String[] {"givenName", "familyName", "dateOfBirth", "email", "phone", "address",
                "postcode"}) {
            assertFalse(json.contains(field), field);
        }
    }

    @Test
    void nothingIsPublishedBeforeApproval() {
        HouseholdEntity h = household(AgencyType.THIS_AGENCY);
        h.applyProcess(ProcessState.PANEL_RECOMMENDATION, LocalDate.of(2023, 9, 7), null, NOW);
        assertTrue(HouseholdEvents.profileOf(h).isEmpty());
        assertTrue(HouseholdEvents.change(Optional.empty(), HouseholdEvents.profileOf(h)).isEmpty());
    }

    @Test
    void anEventIsDueOnlyWhenThePublishedProfileChanged() {
        HouseholdEntity h = household(AgencyType.THIS_AGENCY);
        Optional<HouseholdEvents.ProfileChanged> unapproved = HouseholdEvents.profileOf(h);
        approve(h);
        Optional<HouseholdEvents.ProfileChanged> approved = HouseholdEvents.profileOf(h);
        assertTrue(HouseholdEvents.change(unapproved, approved).isPresent(), "approval is published");
        assertTrue(HouseholdEvents.change(approved, HouseholdEvents.profileOf(h)).isEmpty(), "nothing changed");

        h.applyProfile(2, new AreaOfResidence("coventry"), new RecruitingAgency("ace", AgencyType.THIS_AGENCY),
                FastTrackRoute.NONE, offer(Set.of()), NOW);
        Optional<HouseholdEvents.ProfileChanged> offerChanged = HouseholdEvents.profileOf(h);
        assertTrue(HouseholdEvents.change(approved, offerChanged).isPresent(), "offer changed");

        h.applyProcess(ProcessState.MATCHED, LocalDate.of(2024, 1, 9), LocalDate.of(2023, 9, 14), NOW);
        assertEquals("MATCHED", HouseholdEvents.change(offerChanged, HouseholdEvents.profileOf(h)).orElseThrow().status());
    }

    @Test
    void statesAndAgencyTypesMapToTheSchemasValues() {
        assertEquals("PLACED", HouseholdEvents.status(ProcessState.PLACED));
        assertEquals("PLACED", HouseholdEvents.status(ProcessState.ADOPTION_ORDER));
        assertEquals("WITHDRAWN", HouseholdEvents.status(ProcessState.WITHDRAWN));
        assertEquals("WITHDRAWN", HouseholdEvents.status(ProcessState.DEREGISTERED));
        assertEquals("LOCAL_AUTHORITY", HouseholdEvents.agencyType(AgencyType.LOCAL_AUTHORITY_OR_RAA));
        assertEquals("VOLUNTARY_ADOPTION_AGENCY", HouseholdEvents.agencyType(AgencyType.VOLUNTARY_AGENCY));
        for (ProcessState state : new ProcessState[] {ProcessState.PLACED, ProcessState.WITHDRAWN}) {
            HouseholdEntity h = household(AgencyType.VOLUNTARY_AGENCY);
            h.applyProcess(state, LocalDate.of(2024, 2, 1), LocalDate.of(2023, 9, 14), NOW);
            assertEquals(List.of(), EventContracts.dataViolations(HouseholdEvents.PROFILE_CHANGED,
                    JSON.valueToTree(HouseholdEvents.profileOf(h).orElseThrow())));
        }
    }
}
