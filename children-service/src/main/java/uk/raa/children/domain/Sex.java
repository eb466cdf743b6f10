package uk.raa.children.domain;

import java.util.Arrays;

/** SSDA903 sex codes. */
public enum Sex {
    MALE("1"), FEMALE("2");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Sex fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sex code"));
    }
}
