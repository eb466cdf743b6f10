package uk.raa.children.domain.journey;

/**
 * Family references used when a source names no family. SSDA903 records one match date (AD1) and the adopters'
 * placement without saying who they are, so an import refers to them by {@link #IMPORTED_ADOPTERS}; earlier
 * adoptive placements that disrupted are named after their start so a re-import gives the same reference.
 */
public final class FamilyReferences {

    public static final String IMPORTED_ADOPTERS = "ssda903:adopters";
    public static final String IMPORTED_PREFIX = "ssda903:";

    private FamilyReferences() {
    }

    public static String importedEarlierPlacement(java.time.LocalDate start) {
        return IMPORTED_PREFIX + "adoptive-placement-" + start;
    }

    public static boolean isImported(String familyReference) {
        return familyReference != null && familyReference.startsWith(IMPORTED_PREFIX);
    }
}
