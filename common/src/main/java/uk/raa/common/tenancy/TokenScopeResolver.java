package uk.raa.common.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.raa.common.problem.ProblemException;

/**
 * Turns the verified access token into a {@link TenantScope}. Council principals carry {@code authority}; agency
 * staff carry {@code agency} and see every authority that is or was a member of it.
 */
@ApplicationScoped
public class TokenScopeResolver {

    public static final String AUTHORITY_CLAIM = "authority";
    public static final String AGENCY_CLAIM = "agency";

    private final Instance<SecurityIdentity> identity;
    private final MembershipDirectory membership;

    public TokenScopeResolver(Instance<SecurityIdentity> identity, MembershipDirectory membership) {
        this.identity = identity;
        this.membership = membership;
    }

    public Optional<TenantScope> resolve() {
        SecurityIdentity id = identity.get();
        if (id == null || id.isAnonymous() || !(id.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String actor = token.getIssuer() + " " + token.getSubject();
        String authority = stringClaim(token, AUTHORITY_CLAIM);
        String agency = stringClaim(token, AGENCY_CLAIM);
        if (authority != null) {
            String authorityAgency = membership.agencyOf(authority).orElse(null);
            return Optional.of(new TenantScope(actor, authority, authorityAgency, Set.of(authority), id.getRoles()));
        }
        if (agency != null) {
            return Optional.of(new TenantScope(actor, null, agency, membership.authoritiesEverIn(agency), id.getRoles()));
        }
        throw ProblemException.forbidden("The access token carries neither an authority nor an agency.");
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
        return text.isBlank() ? null : text;
    }
}
