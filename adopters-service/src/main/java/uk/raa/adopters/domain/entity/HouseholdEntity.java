package uk.raa.adopters.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.raa.adopters.domain.household.AgencyType;
import uk.raa.adopters.domain.household.AreaOfResidence;
import uk.raa.adopters.domain.household.FastTrackRoute;
import uk.raa.adopters.domain.household.HouseholdOffer;
import uk.raa.adopters.domain.household.HouseholdReference;
import uk.raa.adopters.domain.household.NeedArea;
import uk.raa.adopters.domain.household.NeedLevel;
import uk.raa.adopters.domain.household.RecruitingAgency;
import uk.raa.adopters.domain.process.ProcessState;

/**
 * A household as stored: the non-restricted part (reference, area, recruiting agency, offer) plus the process state
 * derived from its steps. The adopters' personal details live in {@link AdopterEntity} and {@link HouseholdAddress},
 * tables a council can never read. The agency is set once, from the creator's scope.
 */
@Entity
@Table(name = "household")
public class HouseholdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(name = "household_reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "number_of_adopters", nullable = false)
    private int numberOfAdopters;

    @Column(name = "area_of_residence", nullable = false)
    private String areaOfResidence;

    @Column(name = "recruiting_agency_code", nullable = false)
    private String recruitingAgencyCode;

    @Column(name = "recruiting_agency_type", nullable = false)
    private String recruitingAgencyType;

    @Column(name = "fast_track_route", nullable = false)
    private String fastTrackRoute;

    @Column(name = "number_of_children", nullable = false)
    private int numberOfChildren;

    @Column(name = "min_age_years", nullable = false)
    private int minAgeYears;

    @Column(name = "max_age_years", nullable = false)
    private int maxAgeYears;

    @Column(name = "sibling_groups", nullable = false)
    private boolean siblingGroups;

    @Column(name = "need_health", nullable = false)
    private String needHealth;

    @Column(name = "need_development", nullable = false)
    private String needDevelopment;

    @Column(name = "need_behaviour", nullable = false)
    private String needBehaviour;

    @Column(name = "need_education", nullable = false)
    private String needEducation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_areas", nullable = false)
    private String[] excludedAreas;

    @Column(name = "early_permanence", nullable = false)
    private boolean earlyPermanence;

    @Column(name = "process_state", nullable = false)
    private String processState;

    @Column(name = "state_since")
    private LocalDate stateSince;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HouseholdEntity() {
    }

    public HouseholdEntity(UUID id, String agency, HouseholdReference reference, Instant now) {
        this.id = id;
        this.agency = agency;
        this.reference = reference.value();
        this.processState = ProcessState.NOT_STARTED.name();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the non-restricted profile; the agency and reference never change. */
    public void applyProfile(int numberOfAdopters, AreaOfResidence area, RecruitingAgency recruitingAgency,
            FastTrackRoute route, HouseholdOffer offer, Instant now) {
        this.numberOfAdopters = numberOfAdopters;
        this.areaOfResidence = area.code();
        this.recruitingAgencyCode = recruitingAgency.code();
        this.recruitingAgencyType = recruitingAgency.type().name();
        this.fastTrackRoute = route.name();
        this.numberOfChildren = offer.numberOfChildren();
        this.minAgeYears = offer.minAgeYears();
        this.maxAgeYears = offer.maxAgeYears();
        this.siblingGroups = offer.siblingGroupsAccepted();
        this.needHealth = offer.needLevel(NeedArea.HEALTH).name();
        this.needDevelopment = offer.needLevel(NeedArea.DEVELOPMENT).name();
        this.needBehaviour = offer.needLevel(NeedArea.BEHAVIOUR).name();
        this.needEducation = offer.needLevel(NeedArea.EDUCATION).name();
        this.excludedAreas = offer.excludedAreas().toArray(String[]::new);
        this.earlyPermanence = offer.earlyPermanence();
        this.updatedAt = now;
    }

    /** Keeps the derived state in step with the timeline after a step is appended. */
    public void applyProcess(ProcessState state, LocalDate since, LocalDate approvedOn, Instant now) {
        this.processState = state.name();
        this.stateSince = since;
        this.approvedOn = approvedOn;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public HouseholdReference reference() {
        return HouseholdReference.of(reference);
    }

    public int numberOfAdopters() {
        return numberOfAdopters;
    }

    public AreaOfResidence areaOfResidence() {
        return new AreaOfResidence(areaOfResidence);
    }

    public RecruitingAgency recruitingAgency() {
        return new RecruitingAgency(recruitingAgencyCode, AgencyType.valueOf(recruitingAgencyType));
    }

    public FastTrackRoute fastTrackRoute() {
        return FastTrackRoute.valueOf(fastTrackRoute);
    }

    public HouseholdOffer offer() {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        needs.put(NeedArea.HEALTH, NeedLevel.valueOf(needHealth));
        needs.put(NeedArea.DEVELOPMENT, NeedLevel.valueOf(needDevelopment));
        needs.put(NeedArea.BEHAVIOUR, NeedLevel.valueOf(needBehaviour));
        needs.put(NeedArea.EDUCATION, NeedLevel.valueOf(needEducation));
        return new HouseholdOffer(numberOfChildren, minAgeYears, maxAgeYears, siblingGroups, needs,
                Set.of(excludedAreas), earlyPermanence);
    }

    public ProcessState processState() {
        return ProcessState.valueOf(processState);
    }

    public LocalDate stateSince() {
        return stateSince;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
