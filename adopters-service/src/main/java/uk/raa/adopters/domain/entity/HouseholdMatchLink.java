package uk.raa.adopters.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A household linked to a match with a council's child. While active, that council may read the household's match
 * profile (never its personal details). Filled from matching-service's events.
 */
@Entity
@Table(name = "household_match_link")
public class HouseholdMatchLink {

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HouseholdMatchLink() {
    }

    public HouseholdMatchLink(UUID householdId, String authority, UUID matchId, String agency, boolean active,
            Instant now) {
        this.key = new Key(householdId, authority, matchId);
        this.agency = agency;
        this.active = active;
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public Key key() {
        return key;
    }

    public boolean active() {
        return active;
    }

    /** Household, council and match: one link per match and authority. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "household_id")
        private UUID householdId;

        @Column(name = "authority")
        private String authority;

        @Column(name = "match_id")
        private UUID matchId;

        protected Key() {
        }

        public Key(UUID householdId, String authority, UUID matchId) {
            this.householdId = householdId;
            this.authority = authority;
            this.matchId = matchId;
        }

        public UUID householdId() {
            return householdId;
        }

        public String authority() {
            return authority;
        }

        public UUID matchId() {
            return matchId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && householdId.equals(k.householdId) && authority.equals(k.authority)
                    && matchId.equals(k.matchId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(householdId, authority, matchId);
        }
    }
}
