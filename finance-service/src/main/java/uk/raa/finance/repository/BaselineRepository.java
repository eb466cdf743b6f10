package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.finance.domain.entity.MemberBaseline;

/** Members' baselines per financial year. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class BaselineRepository implements PanacheRepositoryBase<MemberBaseline, UUID> {

    public Optional<MemberBaseline> of(String agency, String authority, int year) {
        return find("agency = ?1 and authority = ?2 and year = ?3", agency, authority, year).firstResultOptional();
    }

    /** The agency's baselines, optionally for one year and one authority. */
    public List<MemberBaseline> forAgency(String agency, Integer year, String authority) {
        StringBuilder query = new StringBuilder("agency = ?1");
        List<Object> params = new ArrayList<>(List.of(agency));
        if (year != null) {
            params.add(year);
            query.append(" and year = ?").append(params.size());
        }
        if (authority != null) {
            params.add(authority);
            query.append(" and authority = ?").append(params.size());
        }
        return list(query + " order by year, authority", params.toArray());
    }
}
