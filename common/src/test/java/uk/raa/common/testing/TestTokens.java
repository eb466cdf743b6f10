package uk.raa.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signed access tokens for tests that run against {@code OidcWiremockTestResource}: the same wiring as production
 * (signature, issuer, audience, expiry are all checked), with the test server's key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "raa-api";

    private TestTokens() {
    }

    /** A partner authority's case system (client credentials). */
    public static String caseSystem(String authority) {
        return base("service-account-" + authority).claim("authority", authority).groups(Set.of("case-system")).sign();
    }

    /** A member of a partner authority's staff. */
    public static String councilStaff(String authority) {
        return base(authority + ".staff").claim("authority", authority).groups(Set.of("council-staff")).sign();
    }

    public static String practitioner() {
        return base("ace.practitioner").claim("agency", "ace").groups(Set.of("practitioner")).sign();
    }

    public static String manager() {
        return base("ace.manager").claim("agency", "ace").groups(Set.of("manager", "practitioner", "finance")).sign();
    }

    public static String finance() {
        return base("ace.finance").claim("agency", "ace").groups(Set.of("finance")).sign();
    }

    public static JwtClaimsBuilder base(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).preferredUserName(subject)
                .claim("jti", UUID.randomUUID().toString()).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
    }
}
