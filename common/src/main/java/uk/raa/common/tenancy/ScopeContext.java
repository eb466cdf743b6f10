package uk.raa.common.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import uk.raa.common.problem.ProblemException;

/**
 * The scope of the work in hand. In an HTTP request it comes from the verified token; elsewhere (consumers,
 * schedulers, imports) the caller sets it explicitly with {@link #runAs}. There is no default: work without a scope
 * fails rather than seeing everything.
 */
@ApplicationScoped
public class ScopeContext {

    private static final ThreadLocal<TenantScope> EXPLICIT = new ThreadLocal<>();

    private final TokenScopeResolver tokenScopes;

    public ScopeContext(TokenScopeResolver tokenScopes) {
        this.tokenScopes = tokenScopes;
    }

    public TenantScope current() {
        return find().orElseThrow(() -> ProblemException.unauthorized("A verified access token is required."));
    }

    public Optional<TenantScope> find() {
        TenantScope explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return Optional.empty();
        }
        return tokenScopes.resolve();
    }

    /** Runs work that has no HTTP request (a consumer, a job) in the given scope. */
    public <T> T runAs(TenantScope scope, Supplier<T> work) {
        TenantScope previous = EXPLICIT.get();
        EXPLICIT.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public void runAs(TenantScope scope, Runnable work) {
        runAs(scope, () -> {
            work.run();
            return null;
        });
    }
}
