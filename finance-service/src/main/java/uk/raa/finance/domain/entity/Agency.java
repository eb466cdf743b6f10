package uk.raa.finance.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A regional adoption agency and its host authority. Configuration, not code: any RAA is a row. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "host_authority", nullable = false)
    private String hostAuthority;

    @Version
    private long version;

    protected Agency() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String hostAuthority() {
        return hostAuthority;
    }
}
