package uk.raa.children.domain.journey;

import java.util.Optional;

/** Why the plan changed away from adoption (SSDA903 REASON_PLACED_CEASED). */
public enum ReversalReason {
    RD1("Child's needs changed subsequent to decision"),
    RD2("Court did not make a placement order"),
    RD3("Prospective adopters could not be found"),
    RD4("Any other reason");

    private final String dfeWording;

    ReversalReason(String dfeWording) {
        this.dfeWording = dfeWording;
    }

    public String dfeWording() {
        return dfeWording;
    }

    public static Optional<ReversalReason> fromCode(String code) {
        for (ReversalReason reason : values()) {
            if (reason.name().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
