package uk.raa.matching.domain.profile;

import java.util.EnumMap;
import java.util.Map;

import uk.raa.matching.domain.rules.DomainRuleViolation;

/** Shared validation for per-area need maps: every area must be graded, so no gap reads as "no need". */
final class NeedProfile {

    private NeedProfile() {
    }

    static Map<NeedArea, NeedLevel> complete(Map<NeedArea, NeedLevel> levels, String field) {
        if (levels == null) {
            throw new DomainRuleViolation("REQUIRED", field, field + " is required");
        }
        EnumMap<NeedArea, NeedLevel> copy = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            NeedLevel level = levels.get(area);
            if (level == null) {
                throw new DomainRuleViolation("NEED_AREA_MISSING", field,
                        field + " must grade every need area; " + area + " is missing");
            }
            copy.put(area, level);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
