package uk.raa.children.domain;

/** Whether a sibling group is to be placed together, or apart (which needs a recorded reason). */
public enum SiblingPlan {
    TOGETHER, APART
}
