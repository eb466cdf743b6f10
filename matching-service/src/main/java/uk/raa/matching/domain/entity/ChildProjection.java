package uk.raa.matching.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.raa.matching.domain.profile.ChildProfile;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;
import uk.raa.matching.domain.profile.Sex;

/**
 * Matching's stored copy of a child's profile (children-service owns the child). Authority-owned: row-level
 * security shows it only to its authority and that authority's agency staff.
 */
@Entity
@Table(name = "child_profile")
public class ChildProjection {

    @Id
    @Column(name = "child_id")
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false)
    private String sex;

    @Column(nullable = false)
    private String ethnicity;

    @Column(nullable = false)
    private boolean disability;

    @Column(name = "need_health", nullable = false)
    private String needHealth;

    @Column(name = "need_development", nullable = false)
    private String needDevelopment;

    @Column(name = "need_behaviour", nullable = false)
    private String needBehaviour;

    @Column(name = "need_education", nullable = false)
    private String needEducation;

    @Column(name = "sibling_group_id")
    private UUID siblingGroupId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_areas", nullable = false, columnDefinition = "text[]")
    private String[] excludedAreas;

    @Column(nullable = false)
    private boolean available;

    @Column(name = "available_since")
    private LocalDate availableSince;

    @Column(name = "early_permanence_wanted", nullable = false)
    private boolean earlyPermanenceWanted;

    @Column(name = "source_sequence", nullable = false)
    private long sourceSequence;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChildProjection() {
    }

    public ChildProjection(UUID childId, String authority) {
        this.childId = childId;
        this.authority = authority;
    }

    /** Replaces the copy with the owner's latest profile; the authority never changes. */
    public void apply(LocalDate dateOfBirth, Sex sex, String ethnicity, boolean disability,
            Map<NeedArea, NeedLevel> needs, UUID siblingGroupId, Set<String> excludedAreas, boolean available,
            LocalDate availableSince, boolean earlyPermanenceWanted, long sourceSequence, Instant now) {
        this.dateOfBirth = dateOfBirth;
        this.sex = sex.name();
        this.ethnicity = ethnicity;
        this.disability = disability;
        this.needHealth = needs.get(NeedArea.HEALTH).name();
        this.needDevelopment = needs.get(NeedArea.DEVELOPMENT).name();
        this.needBehaviour = needs.get(NeedArea.BEHAVIOUR).name();
        this.needEducation = needs.get(NeedArea.EDUCATION).name();
        this.siblingGroupId = siblingGroupId;
        this.excludedAreas = new TreeSet<>(excludedAreas).toArray(String[]::new);
        this.available = available;
        this.availableSince = availableSince;
        this.earlyPermanenceWanted = earlyPermanenceWanted;
        this.sourceSequence = sourceSequence;
        this.updatedAt = now;
    }

    /**
     * The ranking's view of the child. A child no longer available keeps its last available-since date, or its date
     * of birth when it never had one: only its identity and sibling group are read then (to find siblings apart).
     */
    public ChildProfile toProfile() {
        return new ChildProfile(childId, authority, dateOfBirth, Sex.valueOf(sex), ethnicity, disability, needs(),
                siblingGroupId, Set.of(excludedAreas), availableSince != null ? availableSince : dateOfBirth,
                earlyPermanenceWanted);
    }

    public Map<NeedArea, NeedLevel> needs() {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        needs.put(NeedArea.HEALTH, NeedLevel.valueOf(needHealth));
        needs.put(NeedArea.DEVELOPMENT, NeedLevel.valueOf(needDevelopment));
        needs.put(NeedArea.BEHAVIOUR, NeedLevel.valueOf(needBehaviour));
        needs.put(NeedArea.EDUCATION, NeedLevel.valueOf(needEducation));
        return needs;
    }

    public UUID childId() {
        return childId;
    }

    public String authority() {
        return authority;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Sex sex() {
        return Sex.valueOf(sex);
    }

    public String ethnicity() {
        return ethnicity;
    }

    public boolean disability() {
        return disability;
    }

    public UUID siblingGroupId() {
        return siblingGroupId;
    }

    public Set<String> excludedAreas() {
        return new TreeSet<>(Arrays.asList(excludedAreas));
    }

    public boolean available() {
        return available;
    }

    public LocalDate availableSince() {
        return availableSince;
    }

    public boolean earlyPermanenceWanted() {
        return earlyPermanenceWanted;
    }

    public long sourceSequence() {
        return sourceSequence;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
