package uk.raa.children.domain;

/** How much a need asks of a family: the same scale households use to say what they can accept. */
public enum NeedLevel {
    NONE, LOW, MEDIUM, HIGH
}
