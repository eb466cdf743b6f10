package uk.raa.children.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
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

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
