package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.finance.domain.entity.FeeLedgerEntry;

/** Inter-agency fee lines. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class FeeLedgerRepository implements PanacheRepositoryBase<FeeLedgerEntry, UUID> {

    public List<FeeLedgerEntry> forYear(String agency, int year, String authority) {
        if (authority != null) {
            return list("agency = ?1 and year = ?2 and authority = ?3 order by movedIn, id", agency, year, authority);
        }
        return list("agency = ?1 and year = ?2 order by movedIn, authority, id", agency, year);
    }

    public boolean alreadyRecorded(String agency, String eventId) {
        return count("agency = ?1 and eventId = ?2", agency, eventId) > 0;
    }
}
