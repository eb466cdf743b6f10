package uk.raa.children.service.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.raa.children.domain.scorecard.DefaultScorecardThresholds;
import uk.raa.children.domain.scorecard.ScorecardRuleViolation;
import uk.raa.children.repository.scorecard.ScorecardStore;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;

/**
 * The editable threshold table (reference data). Each edit is stored as a new version with who, when and why, so an
 * export "as at" an earlier time is judged against the table that was in force then.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ScorecardThresholdService {

    private final ScorecardStore store;
    private final ObjectMapper json;
    private final ScopeContext scopes;
    private final Clock clock;

    public ScorecardThresholdService(ScorecardStore store, ObjectMapper json, ScopeContext scopes, Clock clock) {
        this.store = store;
        this.json = json;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ThresholdTable current() {
        return asAt(clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ThresholdTable asAt(Instant asAt) {
        return store.thresholdsAsAt(asAt)
                .map(v -> new ThresholdTable(v.id(), "EDITED", v.recordedAt(), v.reason(), read(v.rowsJson())))
                .orElseGet(() -> ThresholdTable.of(0, "DEFAULTS", null, null,
                        DefaultScorecardThresholds.fromDomainBrief()));
    }

    /** Replaces the whole table; If-Match carries the version being replaced (0 for the defaults). */
    public ThresholdTable replace(String ifMatch, String reason, List<ThresholdTable.Row> rows) {
        store.lockThresholds();
        ThresholdTable current = current();
        ETags.requireMatch(ifMatch, current.version());
        Set<Integer> years = new HashSet<>();
        for (ThresholdTable.Row row : rows) {
            if (!years.add(row.firstYear())) {
                throw ProblemException.validation("rows.firstYear", "unique", "each 3-year period appears once");
            }
        }
        ThresholdTable candidate = new ThresholdTable(0, "EDITED", null, reason, rows);
        try {
            candidate = ThresholdTable.of(0, "EDITED", null, reason, candidate.toDomain());
        } catch (ScorecardRuleViolation e) {
            throw ProblemException.validation("rows." + e.field(), e.rule(), e.getMessage());
        }
        Instant now = clock.instant();
        long id = store.addThresholdVersion(now, scopes.current().actor(), reason, write(candidate.rows()));
        return new ThresholdTable(id, "EDITED", now, reason, candidate.rows());
    }

    private String write(List<ThresholdTable.Row> rows) {
        try {
            return json.writeValueAsString(rows.stream().map(r -> Map.of("firstYear", r.firstYear(),
                    "a1Days", r.a1Days(), "a2Days", r.a2Days(), "a3Months", r.a3Months())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("thresholds cannot be written as JSON", e);
        }
    }

    private List<ThresholdTable.Row> read(String text) {
        try {
            List<Map<String, Integer>> rows = json.readValue(text, new TypeReference<>() { });
            return rows.stream().map(r -> new ThresholdTable.Row(r.get("firstYear"),
                    uk.raa.children.domain.scorecard.ScorecardPeriod.threeYears(r.get("firstYear")).label(),
                    r.get("a1Days"), r.get("a2Days"), r.get("a3Months"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored thresholds are not readable", e);
        }
    }
}
