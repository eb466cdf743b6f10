package uk.raa.children.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A child registered by its partner authority. The authority is set once, from the creator's scope. */
@Entity
@Table(name = "child")
public class Child {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "child_reference", nullable = false, updatable = false)
    private String childReference;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false)
    private String sex;

    @Column(nullable = false)
    private String ethnicity;

    @Column(nullable = false)
    private boolean disability;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "preferred_name")
    private String preferredName;

    @Column(name = "health_need", nullable = false)
    private String healthNeed;

    @Column(name = "development_need", nullable = false)
    private String developmentNeed;

    @Column(name = "behaviour_need", nullable = false)
    private String behaviourNeed;

    @Column(name = "education_need", nullable = false)
    private String educationNeed;

    @Column(name = "excluded_areas", nullable = false, columnDefinition = "text[]")
    private String[] excludedAreas;

    @Column(name = "sibling_group_id")
    private UUID siblingGroupId;

    /** AD1 FOSTER_CARE: a journey-level fact; null when not known. */
    @Column(name = "adopted_by_foster_carers")
    private Boolean adoptedByFosterCarers;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Child() {
    }

    public Child(UUID id, String authority, String childReference, ChildDetails details, Instant now) {
        this.id = id;
        this.authority = authority;
        this.childReference = childReference;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces the child's details; the authority and reference never change. */
    public final void apply(ChildDetails details, Instant now) {
        this.dateOfBirth = details.dateOfBirth();
        this.sex = details.sex().code();
        this.ethnicity = details.ethnicity();
        this.disability = details.disability();
        this.healthNeed = details.needs().health().name();
        this.developmentNeed = details.needs().development().name();
        this.behaviourNeed = details.needs().behaviour().name();
        this.educationNeed = details.needs().education().name();
        this.excludedAreas = details.excludedAreas().toArray(String[]::new);
        this.givenName = details.givenName();
        this.preferredName = details.preferredName();
        this.updatedAt = now;
    }

    /** The details as they stand, e.g. to compare with an update. */
    public ChildDetails details() {
        return new ChildDetails(dateOfBirth, sex(), ethnicity, disability, needs(), excludedAreas(), givenName,
                preferredName);
    }

    /** Joins or leaves a sibling group (null to leave). */
    public void joinSiblingGroup(UUID groupId, Instant now) {
        this.siblingGroupId = groupId;
        this.updatedAt = now;
    }

    public void recordAdoptedByFosterCarers(Boolean value, Instant now) {
        this.adoptedByFosterCarers = value;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String authority() {
        return authority;
    }

    public String childReference() {
        return childReference;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Sex sex() {
        return Sex.fromCode(sex);
    }

    public String ethnicity() {
        return ethnicity;
    }

    public boolean disability() {
        return disability;
    }

    public NeedsProfile needs() {
        return new NeedsProfile(NeedLevel.valueOf(healthNeed), NeedLevel.valueOf(developmentNeed),
                NeedLevel.valueOf(behaviourNeed), NeedLevel.valueOf(educationNeed));
    }

    public List<String> excludedAreas() {
        return excludedAreas == null ? List.of() : Arrays.asList(excludedAreas);
    }

    public String givenName() {
        return givenName;
    }

    public String preferredName() {
        return preferredName;
    }

    public UUID siblingGroupId() {
        return siblingGroupId;
    }

    public Boolean adoptedByFosterCarers() {
        return adoptedByFosterCarers;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
