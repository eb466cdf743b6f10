package uk.raa.adopters.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The household's home address: restricted, agency staff only, never in a council's view or an event. */
@Entity
@Table(name = "household_address")
public class HouseholdAddress {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String postcode;

    protected HouseholdAddress() {
    }

    public HouseholdAddress(UUID householdId, String agency) {
        this.householdId = householdId;
        this.agency = agency;
    }

    public void apply(String address, String postcode) {
        this.address = address;
        this.postcode = postcode;
    }

    public UUID householdId() {
        return householdId;
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    @Override
    public String toString() {
        return "HouseholdAddress[restricted]";
    }
}
