package uk.raa.children.service.scorecard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.raa.children.domain.scorecard.ScorecardPeriod;
import uk.raa.children.domain.scorecard.ScorecardThreshold;
import uk.raa.children.domain.scorecard.ScorecardThresholds;

/**
 * The scorecard thresholds in force at a time. {@code version} 0 means nothing was ever edited and the DOMAIN.md
 * defaults apply; otherwise it is the id of the edit, which is also the ETag for the next edit.
 */
@Schema(name = "ScorecardThresholds")
public record ThresholdTable(
        @Schema(example = "0") long version,
        @Schema(example = "DEFAULTS", enumeration = {"DEFAULTS", "EDITED"}) String source,
        @Schema(example = "2024-05-01T09:30:00Z") Instant recordedAt,
        @Schema(example = "Correct A2 2012-15 to 152 after the DfE publication") String reason,
        List<Row> rows) {

    /** One 3-year period's thresholds; a later period without a row uses the last row before it. */
    @Schema(name = "ScorecardThresholdRow")
    public record Row(
            @Schema(description = "First financial year of the 3-year period (2012 = 2012-15)", example = "2012")
            int firstYear,
            @Schema(example = "2012-15") String period,
            @Schema(description = "A1 and A10 threshold in days", example = "487") int a1Days,
            @Schema(description = "A2 threshold in days", example = "121") int a2Days,
            @Schema(description = "A3: moved in less than this many calendar months after entering care", example = "18")
            int a3Months) {
    }

    public static ThresholdTable of(long version, String source, Instant recordedAt, String reason,
                                    ScorecardThresholds thresholds) {
        List<Row> rows = thresholds.table().entrySet().stream()
                .map(e -> new Row(e.getKey().firstYear(), e.getKey().label(), e.getValue().a1Days(),
                        e.getValue().a2Days(), e.getValue().a3Months()))
                .toList();
        return new ThresholdTable(version, source, recordedAt, reason, rows);
    }

    /** The domain's table; throws ScorecardRuleViolation for rows the domain rejects. */
    public ScorecardThresholds toDomain() {
        Map<ScorecardPeriod, ScorecardThreshold> table = new LinkedHashMap<>();
        for (Row row : rows) {
            table.put(ScorecardPeriod.threeYears(row.firstYear()),
                    new ScorecardThreshold(row.a1Days(), row.a2Days(), row.a3Months()));
        }
        return new ScorecardThresholds(table);
    }
}
