package uk.raa.adopters.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import uk.raa.adopters.domain.household.AdopterPersonalDetails;

/**
 * One adopter's restricted personal details, in their own table that only agency staff can read (row-level
 * security). {@link #toString()} is redacted so nothing leaks into logs.
 */
@Entity
@Table(name = "adopter")
public class AdopterEntity {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false)
    private int position;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column
    private String email;

    @Column
    private String phone;

    protected AdopterEntity() {
    }

    public AdopterEntity(UUID id, UUID householdId, String agency, int position) {
        this.id = id;
        this.householdId = householdId;
        this.agency = agency;
        this.position = position;
    }

    public void apply(AdopterPersonalDetails details, String email, String phone) {
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.dateOfBirth = details.dateOfBirth();
        this.email = email;
        this.phone = phone;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public int position() {
        return position;
    }

    public AdopterPersonalDetails details() {
        return new AdopterPersonalDetails(givenName, familyName, dateOfBirth);
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    @Override
    public String toString() {
        return "AdopterEntity[restricted]";
    }
}
