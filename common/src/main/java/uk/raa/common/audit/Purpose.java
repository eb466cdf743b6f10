package uk.raa.common.audit;

import java.util.Arrays;
import java.util.Optional;

/** Why a personal record is being read or changed: the caller's {@code X-Purpose} header or the endpoint default. */
public enum Purpose {
    CASE_WORK("case-work"),
    MATCHING("matching"),
    REPORTING("reporting"),
    DATA_RETURN("data-return"),
    FINANCE("finance"),
    AUDIT("audit"),
    IMPORT("import"),
    EVENT_PROCESSING("event-processing");

    public static final String HEADER = "X-Purpose";

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Purpose> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(Purpose::code).toList());
    }
}
