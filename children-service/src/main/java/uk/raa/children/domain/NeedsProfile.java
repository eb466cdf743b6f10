package uk.raa.children.domain;

/** The child's needs in the four areas households' need acceptance uses. A missing level means NONE. */
public record NeedsProfile(NeedLevel health, NeedLevel development, NeedLevel behaviour, NeedLevel education) {

    public static final NeedsProfile NONE = new NeedsProfile(NeedLevel.NONE, NeedLevel.NONE, NeedLevel.NONE,
            NeedLevel.NONE);

    public NeedsProfile {
        health = health == null ? NeedLevel.NONE : health;
        development = development == null ? NeedLevel.NONE : development;
        behaviour = behaviour == null ? NeedLevel.NONE : behaviour;
        education = education == null ? NeedLevel.NONE : education;
    }
}
