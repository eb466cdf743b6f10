package uk.raa.children.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.journey.JourneyStatus;

/** The journey's API shapes. */
public final class JourneyResponses {

    private JourneyResponses() {
    }

    @Schema(name = "Milestone", description = "One stored fact of the journey (a milestone or a placement)")
    public record MilestoneResponse(
            @Schema(example = "1b2f7a52-8d0c-4c55-9f3e-0c9f1d6c2e11") UUID id,
            @Schema(example = "MATCH_DECISION") String type,
            @Schema(example = "2024-02-01") LocalDate date,
            @Schema(example = "null") LocalDate end,
            @Schema(example = "null") String code,
            @Schema(example = "HH-ACE-0192") String familyReference,
            @Schema(example = "false") boolean sameCarersAsPrevious,
            @Schema(description = "SYSTEM (recorded through the API or by an event) or IMPORT (SSDA903)",
                    example = "SYSTEM") String source,
            @Schema(description = "Send it back in If-Match to correct", example = "0") long version,
            @Schema(example = "2026-11-22T10:15:30Z") Instant recordedAt,
            @Schema(example = "2026-11-22T10:15:30Z") Instant updatedAt) {
    }

    @Schema(name = "JourneyWarning", description = "A soft rule: out of the usual order, accepted")
    public record Warning(
            @Schema(example = "match-before-placement-order") String rule,
            @Schema(example = "matchDecisions[0].date") String field,
            @Schema(example = "matchDecisions[0].date is before the first placement order") String message) {
    }

    @Schema(name = "RecordedMilestone")
    public record Recorded(MilestoneResponse milestone, List<Warning> warnings) {
    }

    @Schema(name = "JourneyDates", description = "Dates derived from the facts (DOMAIN.md §2, docs/ssda903-import.md)")
    public record Derived(
            @Schema(description = "Start of the latest period of care before the adoptive placement",
                    example = "2022-11-03") LocalDate enteredCare,
            @Schema(example = "2023-03-20") LocalDate shouldBePlacedDecision,
            @Schema(description = "First placement or freeing order in that period", example = "2023-06-12")
            LocalDate firstPlacementOrder,
            @Schema(example = "2024-02-01") LocalDate latestMatchDecision,
            @Schema(description = "The adoptive placement that led to the order, else the current one",
                    example = "2024-03-04") LocalDate placedForAdoption,
            @Schema(description = "A10 clock stop", example = "2024-03-04") LocalDate movedInWithAdoptiveFamily,
            @Schema(example = "null") LocalDate adoptionOrder,
            @Schema(example = "null") LocalDate decisionReversed,
            @Schema(example = "false") boolean fosterCarerAdoption,
            @Schema(example = "PLACED") JourneyStatus status,
            @Schema(description = "Days from the plan for adoption to the placement (or today)", example = "350")
            Long waitingDays) {
    }

    @Schema(name = "Journey")
    public record Journey(
            @Schema(example = "6f1c1c1e-3b0e-4d8e-9a53-8b7a1f0f2a10") UUID childId,
            List<MilestoneResponse> facts,
            List<Warning> warnings,
            Derived derived) {
    }

    @Schema(name = "JourneyHistoryEntry", description = "One change to a fact: who, when, why, old and new values")
    public record HistoryEntry(
            @Schema(example = "812") long id,
            @Schema(example = "1b2f7a52-8d0c-4c55-9f3e-0c9f1d6c2e11") UUID milestoneId,
            @Schema(example = "MATCH_DECISION") String type,
            @Schema(example = "CORRECTED") String change,
            @Schema(example = "https://keycloak.example/realms/ace ace.practitioner") String actor,
            @Schema(example = "2026-11-22T10:15:30Z") Instant occurredAt,
            @Schema(example = "ADM minutes show the decision was made a week later") String reason,
            @Schema(description = "Values before the change (absent when recorded)") JsonNode oldValue,
            @Schema(description = "Values after the change") JsonNode newValue) {
    }
}
