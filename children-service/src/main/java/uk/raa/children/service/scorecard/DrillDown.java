package uk.raa.children.service.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.scorecard.DaysFigure;
import uk.raa.children.domain.scorecard.ScorecardIndicator;
import uk.raa.children.domain.scorecard.ScorecardPeriod;
import uk.raa.children.domain.scorecard.ScorecardScope;
import uk.raa.children.domain.scorecard.WithinThresholdFigure;

/**
 * The children behind one scorecard figure: each counted child's authority reference and the dates that start and
 * stop its clock, each adopted child the indicator leaves out and why, and adopted children the journey could not
 * give figures for. No names and no dates of birth.
 */
@Schema(name = "ScorecardDrillDown")
public record DrillDown(
        @Schema(example = "A1") ScorecardIndicator indicator,
        @Schema(example = "AUTHORITY") String scope,
        @Schema(example = "coventry") String code,
        @Schema(example = "2014/15") String period,
        @Schema(example = "2024-10-01T09:00:00Z") Instant dataAsAt,
        @Schema(description = "Mean days (A1, A10, A2)", example = "529") Integer meanDays,
        @Schema(description = "A3 month threshold", example = "18") Integer thresholdMonths,
        @Schema(description = "A3 count within the threshold", example = "24") Integer withinThreshold,
        @Schema(description = "A3 percentage, unsuppressed (the caller may see every child listed)", example = "60.0")
        BigDecimal percentage,
        List<Line> counted,
        List<Excluded> excluded,
        List<ScorecardInputs.Gap> notComputable) {

    @Schema(name = "ScorecardDrillDownLine")
    public record Line(
            @Schema(example = "coventry") String authority,
            @Schema(example = "CH-2014-0042") String childReference,
            @Schema(example = "2015-02-10") LocalDate adoptionOrderDate,
            @Schema(description = "Entered care (A1, A10, A3) or court authority (A2)", example = "2013-05-01")
            LocalDate clockStart,
            @Schema(description = "Moved in (A1, A10, A3) or match decision (A2)", example = "2014-09-01")
            LocalDate clockStop,
            @Schema(example = "488") long elapsedDays,
            @Schema(description = "Days counted (A2: a match before court authority counts 0)", example = "488")
            long countedDays,
            @Schema(description = "A3 only: the first day that is no longer within the threshold",
                    example = "2014-11-01") LocalDate thresholdDate,
            @Schema(description = "A3 only", example = "true") Boolean withinThreshold) {
    }

    @Schema(name = "ScorecardDrillDownExcluded")
    public record Excluded(String authority, String childReference, LocalDate adoptionOrderDate,
                           @Schema(example = "NO_COURT_AUTHORITY") String reason) {
    }

    static DrillDown of(ScorecardIndicator indicator, ScorecardScope scope, ScorecardPeriod period,
                        ScorecardData data) {
        List<Line> counted = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        Integer mean = null;
        Integer months = null;
        Integer within = null;
        BigDecimal percentage = null;
        if (indicator == ScorecardIndicator.A3) {
            WithinThresholdFigure f = data.calculator().withinThreshold(scope, period);
            months = f.thresholdMonths();
            within = f.children() == 0 ? null : f.withinThreshold();
            percentage = f.percentage().orElse(null);
            f.counted().forEach(w -> counted.add(new Line(w.authorityCode(), w.childReference(),
                    w.adoptionOrderDate(), w.enteredCareDate(), w.placedForAdoptionDate(), w.elapsedDays(),
                    w.elapsedDays(), w.thresholdDate(), w.movedInBeforeThreshold())));
            f.excluded().forEach(e -> excluded.add(new Excluded(e.authorityCode(), e.childReference(),
                    e.adoptionOrderDate(), e.reason().name())));
        } else {
            DaysFigure f = data.calculator().days(indicator, scope, period);
            mean = f.meanDays().isPresent() ? f.meanDays().getAsInt() : null;
            f.counted().forEach(d -> counted.add(new Line(d.authorityCode(), d.childReference(), d.adoptionOrderDate(),
                    d.clockStartDate(), d.clockStopDate(), d.elapsedDays(), d.countedDays(), null, null)));
            f.excluded().forEach(e -> excluded.add(new Excluded(e.authorityCode(), e.childReference(),
                    e.adoptionOrderDate(), e.reason().name())));
        }
        List<ScorecardInputs.Gap> gaps = data.inputs().stream().filter(i -> i.gap() != null).map(ScorecardInputs.Input::gap)
                .filter(g -> period.contains(g.adoptionOrderDate()))
                .filter(g -> data.counts(scope, g.authority(), ScorecardPeriod.financialYearOf(g.adoptionOrderDate())))
                .toList();
        return new DrillDown(indicator, scope.kind().name(), scope.code(), period.label(), data.asAt(), mean, months,
                within, percentage, counted, excluded, gaps);
    }

    /** authority + NUL + reference of every child listed, for the audit row. */
    Set<String> referencedChildren() {
        Set<String> keys = new LinkedHashSet<>();
        counted.forEach(l -> keys.add(l.authority() + "\u0000" + l.childReference()));
        excluded.forEach(e -> keys.add(e.authority() + "\u0000" + e.childReference()));
        notComputable.forEach(g -> keys.add(g.authority() + "\u0000" + g.reference()));
        return keys;
    }
}
