package uk.raa.matching.domain.profile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builders that read like the domain: {@code aChild().bornOn("2020-01-01").need(HEALTH, HIGH).build()}. */
public final class ProfileFixtures {

    private ProfileFixtures() {
    }

    public static ChildBuilder aChild() {
        return new ChildBuilder();
    }

    public static HouseholdBuilder aHousehold() {
        return new HouseholdBuilder();
    }

    public static Map<NeedArea, NeedLevel> allAt(NeedLevel level) {
        Map<NeedArea, NeedLevel> levels = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            levels.put(area, level);
        }
        return levels;
    }

    public static final class ChildBuilder {
        private UUID childId = UUID.randomUUID();
        private String authority = "coventry";
        private LocalDate dateOfBirth = LocalDate.parse("2022-01-01");
        private Sex sex = Sex.FEMALE;
        private String ethnicity = "WBRI";
        private boolean disability;
        private final Map<NeedArea, NeedLevel> needs = allAt(NeedLevel.NONE);
        private UUID siblingGroupId;
        private Set<String> excludedAreas = Set.of();
        private LocalDate availableSince = LocalDate.parse("2024-01-01");
        private boolean earlyPermanence;

        public ChildBuilder id(UUID id) {
            this.childId = id;
            return this;
        }

        public ChildBuilder from(String authorityCode) {
            this.authority = authorityCode;
            return this;
        }

        public ChildBuilder bornOn(String date) {
            this.dateOfBirth = LocalDate.parse(date);
            return this;
        }

        public ChildBuilder need(NeedArea area, NeedLevel level) {
            needs.put(area, level);
            return this;
        }

        public ChildBuilder allNeeds(NeedLevel level) {
            needs.putAll(allAt(level));
            return this;
        }

        public ChildBuilder inSiblingGroup(UUID groupId) {
            this.siblingGroupId = groupId;
            return this;
        }

        public ChildBuilder mustNotLiveIn(String... authorityCodes) {
            this.excludedAreas = Set.of(authorityCodes);
            return this;
        }

        public ChildBuilder availableSince(String date) {
            this.availableSince = LocalDate.parse(date);
            return this;
        }

        public ChildBuilder availableSince(LocalDate date) {
            this.availableSince = date;
            return this;
        }

        public ChildBuilder wantsEarlyPermanence(boolean wanted) {
            this.earlyPermanence = wanted;
            return this;
        }

        public ChildProfile build() {
            return new ChildProfile(childId, authority, dateOfBirth, sex, ethnicity, disability, needs, siblingGroupId,
                    excludedAreas, availableSince, earlyPermanence);
        }
    }

    public static final class HouseholdBuilder {
        private UUID householdId = UUID.randomUUID();
        private String reference = "H-1";
        private String area = "warwickshire";
        private String agency = "ace";
        private AgencyType agencyType = AgencyType.REGIONAL_ADOPTION_AGENCY;
        private int capacity = 1;
        private int minAge;
        private int maxAge = 4;
        private boolean siblings;
        private final Map<NeedArea, NeedLevel> acceptance = allAt(NeedLevel.MEDIUM);
        private Set<String> excludedAreas = Set.of();
        private boolean earlyPermanence;
        private LocalDate approvalDate = LocalDate.parse("2024-06-01");
        private HouseholdStatus status = HouseholdStatus.APPROVED_WAITING;

        public HouseholdBuilder id(UUID id) {
            this.householdId = id;
            return this;
        }

        public HouseholdBuilder reference(String ref) {
            this.reference = ref;
            return this;
        }

        public HouseholdBuilder livesIn(String areaCode) {
            this.area = areaCode;
            return this;
        }

        public HouseholdBuilder recruitedBy(String agencyCode, AgencyType type) {
            this.agency = agencyCode;
            this.agencyType = type;
            return this;
        }

        public HouseholdBuilder takes(int children) {
            this.capacity = children;
            return this;
        }

        public HouseholdBuilder ages(int min, int max) {
            this.minAge = min;
            this.maxAge = max;
            return this;
        }

        public HouseholdBuilder acceptsSiblings(boolean accepted) {
            this.siblings = accepted;
            return this;
        }

        public HouseholdBuilder accepts(NeedArea area, NeedLevel level) {
            acceptance.put(area, level);
            return this;
        }

        public HouseholdBuilder acceptsAll(NeedLevel level) {
            acceptance.putAll(allAt(level));
            return this;
        }

        public HouseholdBuilder excludes(String... authorityCodes) {
            this.excludedAreas = Set.of(authorityCodes);
            return this;
        }

        public HouseholdBuilder willingEarlyPermanence(boolean willing) {
            this.earlyPermanence = willing;
            return this;
        }

        public HouseholdBuilder approvedOn(String date) {
            this.approvalDate = LocalDate.parse(date);
            return this;
        }

        public HouseholdBuilder approvedOn(LocalDate date) {
            this.approvalDate = date;
            return this;
        }

        public HouseholdBuilder status(HouseholdStatus s) {
            this.status = s;
            return this;
        }

        public HouseholdProfile build() {
            return new HouseholdProfile(householdId, reference, area, agency, agencyType, capacity, minAge, maxAge,
                    siblings, acceptance, excludedAreas, earlyPermanence, approvalDate, status);
        }
    }
}
