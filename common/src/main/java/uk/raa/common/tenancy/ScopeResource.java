package uk.raa.common.tenancy;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets a caller check what its credentials give it: which authority or agency, which authorities, which roles. */
@Path("/scope")
@Tag(name = "Scope", description = "What your access token lets you see")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ScopeResource {

    private final ScopeContext scopes;

    public ScopeResource(ScopeContext scopes) {
        this.scopes = scopes;
    }

    /** The caller's scope as the service sees it. */
    @Schema(name = "Scope")
    public record ScopeView(
            @Schema(example = "coventry", description = "Set for council principals") String authority,
            @Schema(example = "ace") String agency,
            @Schema(example = "[\"coventry\"]") List<String> authorities,
            @Schema(example = "[\"case-system\"]") List<String> roles) {
    }

    @GET
    @Operation(summary = "Your scope", description = "The authority or agency your token carries, the authorities "
            + "whose records you can see, and your roles.")
    public ScopeView scope() {
        TenantScope scope = scopes.current();
        return new ScopeView(scope.authority(), scope.agency(), scope.authorities().stream().sorted().toList(),
                scope.roles().stream().sorted().toList());
    }
}
