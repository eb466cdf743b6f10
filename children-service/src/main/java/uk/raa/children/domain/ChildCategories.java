package uk.raa.children.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import uk.raa.children.domain.scorecard.HarderToPlaceCategory;

/**
 * The national "harder to place" groups (DOMAIN.md §2) a child belongs to at a date: in a sibling group to be placed
 * together, aged 5 or over at the date, disabled, or Black and minority ethnic (every DfE code other than WBRI,
 * with REFU/NOBT counted as unknown, not BME).
 */
public final class ChildCategories {

    private ChildCategories() {
    }

    public static Set<HarderToPlaceCategory> of(LocalDate dateOfBirth, boolean disability, String ethnicity,
            boolean inSiblingGroupPlacedTogether, LocalDate asAt) {
        Set<HarderToPlaceCategory> out = EnumSet.noneOf(HarderToPlaceCategory.class);
        if (inSiblingGroupPlacedTogether) {
            out.add(HarderToPlaceCategory.SIBLING_GROUP);
        }
        if (!asAt.isBefore(dateOfBirth) && Period.between(dateOfBirth, asAt).getYears() >= 5) {
            out.add(HarderToPlaceCategory.AGED_FIVE_OR_OVER);
        }
        if (disability) {
            out.add(HarderToPlaceCategory.DISABLED);
        }
        if (EthnicityCodes.isBlackOrMinorityEthnic(ethnicity)) {
            out.add(HarderToPlaceCategory.BLACK_OR_MINORITY_ETHNIC);
        }
        return out;
    }
}
