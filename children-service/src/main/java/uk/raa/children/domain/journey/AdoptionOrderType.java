package uk.raa.children.domain.journey;

import java.util.Optional;

/** SSDA903 reasons an episode ceased that mean the child was adopted. */
public enum AdoptionOrderType {
    E11("Adopted - application for an adoption order unopposed"),
    E12("Adopted - consent dispensed with by the court");

    private final String dfeWording;

    AdoptionOrderType(String dfeWording) {
        this.dfeWording = dfeWording;
    }

    public String dfeWording() {
        return dfeWording;
    }

    public static Optional<AdoptionOrderType> fromCode(String code) {
        for (AdoptionOrderType type : values()) {
            if (type.name().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
