package uk.raa.matching.domain.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.raa.matching.domain.profile.ProfileFixtures.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.rules.DomainRuleViolation;

class MatchLifecycleTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-31");
    private static final UUID HOUSEHOLD = UUID.randomUUID();

    private static Match linked(ChildProfile... children) {
        return Match.link(new LinkRequest(UUID.randomUUID(), HOUSEHOLD, List.of(children), List.of(), null,
                LocalDate.parse("2024-09-01")), List.of(), TODAY);
    }

    @Test
    void fullJourneyToAdoptionRecordsEachDate() {
        Match match = linked(aChild().build())
                .recommendAtPanel(LocalDate.parse("2024-10-10"), TODAY)
                .decide(LocalDate.parse("2024-10-20"), TODAY)
                .startIntroductions(LocalDate.parse("2024-11-01"), TODAY)
                .place(LocalDate.parse("2024-11-15"), TODAY)
                .recordAdoptionOrder(LocalDate.parse("2025-03-31"), TODAY);

        assertEquals(MatchStage.ADOPTED, match.stage());
        assertFalse(match.active());
        assertEquals(Optional.of(LocalDate.parse("2024-10-20")), match.matchDate());
        assertEquals(Optional.of(LocalDate.parse("2024-11-15")), match.placementDate());
        assertEquals(6, match.history().size());
    }

    @Test
    void skippingPanelIsAConflictNamingBothStages() {
        Match match = linked(aChild().build());
        InvalidMatchTransition e = assertThrows(InvalidMatchTransition.class,
                () -> match.place(LocalDate.parse("2024-10-01"), TODAY));
        assertEquals(MatchStage.LINK, e.currentStage());
        assertEquals(MatchStage.PLACED, e.attemptedStage());
        assertEquals("MATCH_STAGE_TRANSITION", e.rule());
        assertTrue(e.getMessage().contains("from LINK to PLACED"), e.getMessage());
    }

    @Test
    void placedMatchCannotBeWithdrawnOnlyDisrupted() {
        Match placed = linked(aChild().build()).recommendAtPanel(LocalDate.parse("2024-10-10"), TODAY)
                .decide(LocalDate.parse("2024-10-20"), TODAY).startIntroductions(LocalDate.parse("2024-11-01"), TODAY)
                .place(LocalDate.parse("2024-11-15"), TODAY);

        InvalidMatchTransition e = assertThrows(InvalidMatchTransition.class,
                () -> placed.withdraw(LocalDate.parse("2024-12-01"), "family circumstances", TODAY));
        assertEquals(MatchStage.PLACED, e.currentStage());

        Match disrupted = placed.disrupt(LocalDate.parse("2024-12-01"), "placement ended before the order", TODAY);
        assertEquals(MatchStage.DISRUPTED, disrupted.stage());
        assertEquals("placement ended before the order", disrupted.history().get(5).reason());
        assertFalse(disrupted.active());
    }

    @Test
    void terminalStagesAllowNothingFurther() {
        Match withdrawn = linked(aChild().build()).withdraw(LocalDate.parse("2024-09-02"), "child's plan changed",
                TODAY);
        InvalidMatchTransition e = assertThrows(InvalidMatchTransition.class,
                () -> withdrawn.recommendAtPanel(LocalDate.parse("2024-10-01"), TODAY));
        assertEquals(MatchStage.WITHDRAWN, e.currentStage());
        assertTrue(e.getMessage().contains("none"));
    }

    @Test
    void withdrawalNeedsAReason() {
        Match match = linked(aChild().build());
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> match.withdraw(LocalDate.parse("2024-09-02"), " ", TODAY));
        assertEquals("reason", v.field());
    }

    @Test
    void stepDateMustNotPrecedeThePreviousStep() {
        Match match = linked(aChild().build()).recommendAtPanel(LocalDate.parse("2024-10-10"), TODAY);
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> match.decide(LocalDate.parse("2024-10-09"), TODAY));
        assertEquals("DATE_BEFORE_PREVIOUS_STAGE", v.rule());
        // the same day as the panel is allowed
        assertEquals(MatchStage.MATCH_DECIDED, match.decide(LocalDate.parse("2024-10-10"), TODAY).stage());
    }

    @Test
    void stepDateMustNotBeInTheFuture() {
        Match match = linked(aChild().build());
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> match.recommendAtPanel(TODAY.plusDays(1), TODAY));
        assertEquals("DATE_IN_FUTURE", v.rule());
    }

    @Test
    void linkDateMustNotBeInTheFuture() {
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> Match.link(new LinkRequest(UUID.randomUUID(), HOUSEHOLD, List.of(aChild().build()), List.of(),
                        null, TODAY.plusDays(1)), List.of(), TODAY));
        assertEquals("DATE_IN_FUTURE", v.rule());
    }

    @Test
    void childInAnActiveMatchCannotBeLinkedAgain() {
        ChildProfile child = aChild().build();
        Match existing = linked(child);
        LinkRequest again = new LinkRequest(UUID.randomUUID(), UUID.randomUUID(), List.of(child), List.of(), null,
                LocalDate.parse("2024-09-05"));

        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> Match.link(again, List.of(existing), TODAY));
        assertEquals("CHILD_HAS_ACTIVE_MATCH", v.rule());
        assertFalse(v.getMessage().contains(child.childId().toString()));
    }

    @Test
    void childWhoseEarlierMatchEndedCanBeLinkedAgain() {
        ChildProfile child = aChild().build();
        Match ended = linked(child).withdraw(LocalDate.parse("2024-09-02"), "household withdrew", TODAY);
        Match next = Match.link(new LinkRequest(UUID.randomUUID(), UUID.randomUUID(), List.of(child), List.of(), null,
                LocalDate.parse("2024-09-05")), List.of(ended), TODAY);
        assertEquals(MatchStage.LINK, next.stage());
    }

    @Test
    void activeMatchIdsFeedTheSearch() {
        ChildProfile held = aChild().build();
        ChildProfile freed = aChild().build();
        Match active = linked(held);
        Match ended = linked(freed).withdraw(LocalDate.parse("2024-09-02"), "plan changed", TODAY);

        assertEquals(Set.of(held.childId()), ActiveMatches.childIdsInActiveMatches(List.of(active, ended)));
        assertEquals(Set.of(HOUSEHOLD), ActiveMatches.householdIdsInActiveMatches(List.of(active, ended)));
    }

    @Test
    void siblingGroupIsMatchedTogetherUnlessAReasonIsRecorded() {
        UUID group = UUID.randomUUID();
        ChildProfile older = aChild().inSiblingGroup(group).build();
        ChildProfile younger = aChild().inSiblingGroup(group).build();
        ChildProfile unrelated = aChild().build();
        List<ChildProfile> known = List.of(older, younger, unrelated);

        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> Match.link(new LinkRequest(
                UUID.randomUUID(), HOUSEHOLD, List.of(older), known, null, LocalDate.parse("2024-09-01")), List.of(),
                TODAY));
        assertEquals("SIBLINGS_MATCHED_TOGETHER", v.rule());
        assertEquals("separationReason", v.field());

        Match apart = Match.link(new LinkRequest(UUID.randomUUID(), HOUSEHOLD, List.of(older), known,
                "assessment recommends separate placements", LocalDate.parse("2024-09-01")), List.of(), TODAY);
        assertEquals(List.of(younger.childId()), apart.siblingsApart());
        assertEquals("assessment recommends separate placements", apart.siblingSeparationReason());

        Match together = Match.link(new LinkRequest(UUID.randomUUID(), HOUSEHOLD, List.of(older, younger), known,
                null, LocalDate.parse("2024-09-01")), List.of(), TODAY);
        assertEquals(List.of(), together.siblingsApart());
        assertEquals(List.of(older.childId(), younger.childId()), together.childIds());
    }

    @Test
    void reconstitutedHistoryIsValidated() {
        List<StageEntry> skipping = List.of(new StageEntry(MatchStage.LINK, LocalDate.parse("2024-09-01"), null),
                new StageEntry(MatchStage.PLACED, LocalDate.parse("2024-10-01"), null));
        InvalidMatchTransition e = assertThrows(InvalidMatchTransition.class,
                () -> new Match(UUID.randomUUID(), HOUSEHOLD, List.of(UUID.randomUUID()), List.of(), null, skipping));
        assertEquals(MatchStage.PLACED, e.attemptedStage());

        List<StageEntry> backwards = List.of(new StageEntry(MatchStage.LINK, LocalDate.parse("2024-09-01"), null),
                new StageEntry(MatchStage.PANEL_RECOMMENDED, LocalDate.parse("2024-08-01"), null));
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                () -> new Match(UUID.randomUUID(), HOUSEHOLD, List.of(UUID.randomUUID()), List.of(), null, backwards));
        assertEquals("DATE_BEFORE_PREVIOUS_STAGE", v.rule());
    }

    @Test
    void everyStageHasTheDocumentedNextStages() {
        assertEquals(Set.of(MatchStage.PANEL_RECOMMENDED, MatchStage.WITHDRAWN), MatchStage.LINK.next());
        assertEquals(Set.of(MatchStage.MATCH_DECIDED, MatchStage.WITHDRAWN), MatchStage.PANEL_RECOMMENDED.next());
        assertEquals(Set.of(MatchStage.INTRODUCTIONS, MatchStage.WITHDRAWN), MatchStage.MATCH_DECIDED.next());
        assertEquals(Set.of(MatchStage.PLACED, MatchStage.WITHDRAWN), MatchStage.INTRODUCTIONS.next());
        assertEquals(Set.of(MatchStage.ADOPTED, MatchStage.DISRUPTED), MatchStage.PLACED.next());
        assertTrue(MatchStage.ADOPTED.next().isEmpty());
    }
}
