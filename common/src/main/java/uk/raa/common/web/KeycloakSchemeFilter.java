package uk.raa.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Points the document's OpenID Connect security scheme at the realm this instance really uses. The document is
 * built at build time, when {@code quarkus.smallrye-openapi.oidc-open-id-connect-url} still holds the default
 * Keycloak (localhost:8180); a deployment, the test command and the end-to-end stack all set {@code raa.keycloak.url}
 * at run time, and the Swagger UI's "Authorize" must go to that Keycloak.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class KeycloakSchemeFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("raa.keycloak.url", String.class).replaceAll("/+$", "") + "/realms/"
                + config.getValue("raa.keycloak.realm", String.class) + "/.well-known/openid-configuration";
        openAPI.getComponents().getSecuritySchemes().values().stream()
                .filter(scheme -> scheme.getType() == SecurityScheme.Type.OPENIDCONNECT)
                .forEach(scheme -> scheme.setOpenIdConnectUrl(url));
    }
}
