package uk.raa.gateway.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Access tokens signed with the key of {@code OidcWiremockTestResource}: the same checks as in production apply. */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "raa-api";

    private TestTokens() {
    }

    public static String caseSystem(String authority) {
        return base("service-account-" + authority).claim("authority", authority).groups(Set.of("case-system")).sign();
    }

    public static String manager() {
        return base("ace.manager").claim("agency", "ace").groups(Set.of("manager")).sign();
    }

    public static JwtClaimsBuilder base(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).claim("jti", UUID.randomUUID().toString())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
    }
}
