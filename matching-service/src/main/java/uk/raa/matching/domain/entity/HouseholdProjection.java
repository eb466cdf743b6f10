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
import uk.raa.matching.domain.profile.AgencyType;
import uk.raa.matching.domain.profile.HouseholdProfile;
import uk.raa.matching.domain.profile.HouseholdStatus;
import uk.raa.matching.domain.profile.NeedArea;
import uk.raa.matching.domain.profile.NeedLevel;

/**
 * Matching's stored copy of an approved household's match profile (adopters-service owns the household). Agency-
 * owned. Holds no names, contact details, addresses, health or background: only what ranking and the match profile
 * need.
 */
@Entity
@Table(name = "household_profile")
public class HouseholdProjection {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false)
    private String reference;

    @Column(name = "number_of_adopters", nullable = false)
    private int numberOfAdopters;

    @Column(name = "area_of_residence", nullable = false)
    private String areaOfResidence;

    @Column(name = "recruiting_agency", nullable = false)
    private String recruitingAgency;

    @Column(name = "recruiting_agency_type", nullable = false)
    private String recruitingAgencyType;

    @Column(name = "children_capacity", nullable = false)
    private int childrenCapacity;

    @Column(name = "min_age_years", nullable = false)
    private int minAgeYears;

    @Column(name = "max_age_years", nullable = false)
    private int maxAgeYears;

    @Column(name = "sibling_groups_accepted", nullable = false)
    private boolean siblingGroupsAccepted;

    @Column(name = "accept_health", nullable = false)
    private String acceptHealth;

    @Column(name = "accept_development", nullable = false)
    private String acceptDevelopment;

    @Column(name = "accept_behaviour", nullable = false)
    private String acceptBehaviour;

    @Column(name = "accept_education", nullable = false)
    private String acceptEducation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_areas", nullable = false, columnDefinition = "text[]")
    private String[] excludedAreas;

    @Column(name = "early_permanence_willing", nullable = false)
    private boolean earlyPermanenceWilling;

    @Column(name = "approval_date", nullable = false)
    private LocalDate approvalDate;

    @Column(nullable = false)
    private String status;

    @Column(name = "source_sequence", nullable = false)
    private long sourceSequence;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HouseholdProjection() {
    }

    public HouseholdProjection(UUID householdId, String agency) {
        this.householdId = householdId;
        this.agency = agency;
    }

    /** Replaces the copy with the owner's latest profile (already validated as a {@link HouseholdProfile}). */
    public void apply(HouseholdProfile profile, int numberOfAdopters, long sourceSequence, Instant now) {
        this.reference = profile.reference();
        this.numberOfAdopters = numberOfAdopters;
        this.areaOfResidence = profile.areaOfResidence();
        this.recruitingAgency = profile.recruitingAgency();
        this.recruitingAgencyType = profile.recruitingAgencyType().name();
        this.childrenCapacity = profile.childrenCapacity();
        this.minAgeYears = profile.minAgeYears();
        this.maxAgeYears = profile.maxAgeYears();
        this.siblingGroupsAccepted = profile.siblingGroupsAccepted();
        this.acceptHealth = profile.acceptance(NeedArea.HEALTH).name();
        this.acceptDevelopment = profile.acceptance(NeedArea.DEVELOPMENT).name();
        this.acceptBehaviour = profile.acceptance(NeedArea.BEHAVIOUR).name();
        this.acceptEducation = profile.acceptance(NeedArea.EDUCATION).name();
        this.excludedAreas = new TreeSet<>(profile.excludedAreas()).toArray(String[]::new);
        this.earlyPermanenceWilling = profile.earlyPermanenceWilling();
        this.approvalDate = profile.approvalDate();
        this.status = profile.status().name();
        this.sourceSequence = sourceSequence;
        this.updatedAt = now;
    }

    public HouseholdProfile toProfile() {
        return new HouseholdProfile(householdId, reference, areaOfResidence, recruitingAgency,
                AgencyType.valueOf(recruitingAgencyType), childrenCapacity, minAgeYears, maxAgeYears,
                siblingGroupsAccepted, needAcceptance(), Set.of(excludedAreas), earlyPermanenceWilling, approvalDate,
                HouseholdStatus.valueOf(status));
    }

    public Map<NeedArea, NeedLevel> needAcceptance() {
        Map<NeedArea, NeedLevel> levels = new EnumMap<>(NeedArea.class);
        levels.put(NeedArea.HEALTH, NeedLevel.valueOf(acceptHealth));
        levels.put(NeedArea.DEVELOPMENT, NeedLevel.valueOf(acceptDevelopment));
        levels.put(NeedArea.BEHAVIOUR, NeedLevel.valueOf(acceptBehaviour));
        levels.put(NeedArea.EDUCATION, NeedLevel.valueOf(acceptEducation));
        return levels;
    }

    public UUID householdId() {
        return householdId;
    }

    public String agency() {
        return agency;
    }

    public String reference() {
        return reference;
    }

    public int numberOfAdopters() {
        return numberOfAdopters;
    }

    public String areaOfResidence() {
        return areaOfResidence;
    }

    public String recruitingAgency() {
        return recruitingAgency;
    }

    public AgencyType recruitingAgencyType() {
        return AgencyType.valueOf(recruitingAgencyType);
    }

    public int childrenCapacity() {
        return childrenCapacity;
    }

    public int minAgeYears() {
        return minAgeYears;
    }

    public int maxAgeYears() {
        return maxAgeYears;
    }

    public boolean siblingGroupsAccepted() {
        return siblingGroupsAccepted;
    }

    public Set<String> excludedAreas() {
        return new TreeSet<>(Arrays.asList(excludedAreas));
    }

    public boolean earlyPermanenceWilling() {
        return earlyPermanenceWilling;
    }

    public LocalDate approvalDate() {
        return approvalDate;
    }

    public HouseholdStatus status() {
        return HouseholdStatus.valueOf(status);
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
