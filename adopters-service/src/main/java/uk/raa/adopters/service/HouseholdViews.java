package uk.raa.adopters.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.raa.adopters.domain.entity.AdopterEntity;
import uk.raa.adopters.domain.entity.HouseholdAddress;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.adopters.domain.entity.ProcessStepEntity;
import uk.raa.adopters.domain.indicators.AdopterIndicatorReport;
import uk.raa.adopters.domain.indicators.IndicatorThresholds;
import uk.raa.adopters.domain.process.ProcessSnapshot;
import uk.raa.adopters.domain.process.Timescale;
import uk.raa.adopters.domain.process.TimescaleFlag;

/** What the household use cases return to the REST layer. */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    /** What a caller may see of one household: everything (agency staff) or the match profile (a linked council). */
    public sealed interface Visible permits Full, MatchProfile {
        HouseholdEntity household();
    }

    /** The whole household, for agency staff. {@code address} may be null. */
    public record Full(HouseholdEntity household, List<AdopterEntity> adopters, HouseholdAddress address)
            implements Visible {
    }

    /** Only the match profile fields, for a council linked to a match with this household. */
    public record MatchProfile(HouseholdEntity household) implements Visible {
    }

    /** The result of a create: the household and whether this was an idempotent replay. */
    public record Created(Full file, boolean replayed) {
    }

    /** How one statutory timescale stands as at a date. */
    public enum TimescaleStatus {
        /** Ended by a step on or before its due date. */
        MET,
        /** Ended by a step after its due date. */
        MISSED,
        /** Still running, due date not yet passed. */
        RUNNING,
        /** Still running past its due date. */
        OVERDUE
    }

    public record TrackedTimescale(Timescale timescale, LocalDate startedOn, LocalDate dueDate, LocalDate closedOn,
            TimescaleStatus status) {
    }

    /** The process timeline as at a date: every recorded step, the state then, the timescales and late flags. */
    public record Timeline(HouseholdEntity household, List<ProcessStepEntity> steps, ProcessSnapshot asAt,
            List<TrackedTimescale> timescales, List<TimescaleFlag> flags) {
    }

    /** The indicators, with each waiting household's id so practitioners can open it. */
    public record Indicators(AdopterIndicatorReport report, IndicatorThresholds thresholds,
            Map<String, UUID> householdIdsByReference) {
    }

    /** A filter for the agency's household list. */
    public record ListFilter(String state, String area, Integer waitingLongerThanDays) {
    }
}
