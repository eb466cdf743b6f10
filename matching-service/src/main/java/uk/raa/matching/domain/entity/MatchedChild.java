package uk.raa.matching.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import uk.raa.matching.domain.interagency.ChildPlacementCharge;
import uk.raa.matching.domain.interagency.InterAgencyClass;
import uk.raa.matching.domain.interagency.SiblingPosition;
import uk.raa.matching.domain.profile.AgencyType;

/**
 * One child of a match, in the recorded order. {@code active} mirrors the match's stage so a unique index can hold
 * each child to one active match; the inter-agency class is set at placement.
 */
@Entity
@Table(name = "matched_child")
@IdClass(MatchedChild.Key.class)
public class MatchedChild {

    @Id
    @Column(name = "match_id")
    private UUID matchId;

    @Id
    @Column(name = "position")
    private int position;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "child_authority", nullable = false, updatable = false)
    private String childAuthority;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "inter_agency_class")
    private String interAgencyClass;

    @Column(name = "fee_agency_type")
    private String feeAgencyType;

    @Column(name = "sibling_position")
    private String siblingPosition;

    protected MatchedChild() {
    }

    public MatchedChild(UUID matchId, int position, UUID childId, String childAuthority) {
        this.matchId = matchId;
        this.position = position;
        this.childId = childId;
        this.childAuthority = childAuthority;
        this.active = true;
    }

    public void end() {
        this.active = false;
    }

    public void charge(ChildPlacementCharge charge) {
        this.interAgencyClass = charge.interAgencyClass().name();
        this.feeAgencyType = charge.feeAgencyType() == null ? null : charge.feeAgencyType().name();
        this.siblingPosition = charge.siblingPosition().name();
    }

    public UUID matchId() {
        return matchId;
    }

    /** 1-based position in the match. */
    public int position() {
        return position;
    }

    public UUID childId() {
        return childId;
    }

    public String childAuthority() {
        return childAuthority;
    }

    public boolean active() {
        return active;
    }

    public InterAgencyClass interAgencyClass() {
        return interAgencyClass == null ? null : InterAgencyClass.valueOf(interAgencyClass);
    }

    public AgencyType feeAgencyType() {
        return feeAgencyType == null ? null : AgencyType.valueOf(feeAgencyType);
    }

    public SiblingPosition siblingPosition() {
        return siblingPosition == null ? null : SiblingPosition.valueOf(siblingPosition);
    }

    /** Composite id: the match and the child's position in it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID matchId;
        private int position;

        public Key() {
        }

        public Key(UUID matchId, int position) {
            this.matchId = matchId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(matchId, k.matchId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(matchId, position);
        }
    }
}
