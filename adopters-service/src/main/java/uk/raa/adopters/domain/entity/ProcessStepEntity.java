package uk.raa.adopters.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import uk.raa.adopters.domain.process.ExitReason;
import uk.raa.adopters.domain.process.ProcessEvent;
import uk.raa.adopters.domain.process.ProcessStep;

/** One dated step of a household's process. Append-only: the service role cannot update or delete these rows. */
@Entity
@Immutable
@Table(name = "household_process_step")
public class ProcessStepEntity {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(nullable = false)
    private String agency;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false)
    private String step;

    @Column(name = "step_date", nullable = false)
    private LocalDate date;

    @Column
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ProcessStepEntity() {
    }

    public ProcessStepEntity(UUID id, UUID householdId, String agency, int sequence, ProcessEvent event,
            Instant recordedAt, String recordedBy) {
        this.id = id;
        this.householdId = householdId;
        this.agency = agency;
        this.sequence = sequence;
        this.step = event.step().name();
        this.date = event.date();
        this.reason = event.reason() == null ? null : event.reason().name();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public int sequence() {
        return sequence;
    }

    public ProcessEvent event() {
        return new ProcessEvent(ProcessStep.valueOf(step), date, reason == null ? null : ExitReason.valueOf(reason));
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
