package uk.raa.adopters.domain.household;

/** How much need in one area a household can meet; ordered from least to most. */
public enum NeedLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    public boolean isBelow(NeedLevel other) {
        return compareTo(other) < 0;
    }
}
