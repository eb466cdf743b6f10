package uk.raa.common.tenancy;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting and which partner authorities' records they may see. Built only from a verified token (or, outside
 * HTTP requests, explicitly from an event or job), never from anything the caller sends.
 *
 * @param actor       the token's {@code iss} and {@code sub}, joined by a space; identifies the actor in the audit
 * @param authority   the authority a council principal belongs to; {@code null} for agency staff
 * @param agency      the agency of agency staff (e.g. {@code ace}); for council principals the agency they belong to
 * @param authorities every authority whose records are in scope: one for a council principal; every authority that is
 *                    or was a member of the agency for agency staff
 * @param roles       the principal's roles
 */
public record TenantScope(String actor, String authority, String agency, Set<String> authorities, Set<String> roles) {

    public TenantScope {
        Objects.requireNonNull(actor, "actor");
        authorities = Set.copyOf(authorities);
        roles = Set.copyOf(roles);
    }

    /** Agency staff carry {@code agency} and no {@code authority}. */
    public boolean isAgencyStaff() {
        return authority == null && agency != null;
    }

    public boolean covers(String authorityCode) {
        return authorityCode != null && authorities.contains(authorityCode);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A scope for work that has no request: a message consumer, a scheduled job or an import. */
    public static TenantScope system(String job, String authority, String agency, Set<String> authorities) {
        return new TenantScope("system " + job, authority, agency, authorities, Set.of("system"));
    }

    /** The comma-separated list handed to PostgreSQL as {@code app.authorities}. */
    public String authoritiesSetting() {
        return String.join(",", authorities.stream().sorted().toList());
    }
}
