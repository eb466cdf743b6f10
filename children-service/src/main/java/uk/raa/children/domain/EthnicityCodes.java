package uk.raa.children.domain;

import java.util.Set;

/** DfE ethnicity codes used in SSDA903. {@code REFU} and {@code NOBT} are refused / not obtained. */
public final class EthnicityCodes {

    public static final Set<String> ALL = Set.of(
            "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
            "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    public static final String WHITE_BRITISH = "WBRI";
    public static final Set<String> UNKNOWN = Set.of("REFU", "NOBT");

    private EthnicityCodes() {
    }

    public static boolean isKnownCode(String code) {
        return ALL.contains(code);
    }

    /** "Black and minority ethnic": every code other than White British, with refused / not obtained apart. */
    public static boolean isBlackOrMinorityEthnic(String code) {
        return !WHITE_BRITISH.equals(code) && !UNKNOWN.contains(code);
    }
}
