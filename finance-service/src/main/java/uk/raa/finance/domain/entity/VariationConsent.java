package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One member authority's consent to a Deed of Variation: who gave it (the token's actor) and when. */
@Entity
@Table(name = "variation_consent")
public class VariationConsent {

    @Id
    private UUID id;

    @Column(name = "variation_id", nullable = false, updatable = false)
    private UUID variationId;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String authority;

    @Column(name = "consented_by", nullable = false, updatable = false)
    private String consentedBy;

    @Column(name = "signed_on", updatable = false)
    private LocalDate signedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected VariationConsent() {
    }

    public VariationConsent(UUID id, UUID variationId, String agency, String authority, String consentedBy,
            LocalDate signedOn, Instant recordedAt) {
        this.id = id;
        this.variationId = variationId;
        this.agency = agency;
        this.authority = authority;
        this.consentedBy = consentedBy;
        this.signedOn = signedOn;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID variationId() {
        return variationId;
    }

    public String authority() {
        return authority;
    }

    public String consentedBy() {
        return consentedBy;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
