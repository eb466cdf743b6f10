package uk.raa.common.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;

/**
 * Creates that accept an {@code Idempotency-Key}: the first request under a key creates the record; a replay with
 * the same body returns that record again; a different body under the same key is a 422. The key is claimed in the
 * same transaction as the create, so concurrent replays wait for the first and then see its result.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ScopeContext scopes;
    private final ObjectMapper json;

    public IdempotentCreates(EntityManager em, ScopeContext scopes, ObjectMapper json) {
        this.em = em;
        this.scopes = scopes;
        this.json = json;
    }

    /** The outcome of a create: the new (or earlier) record's id, and whether this was a replay. */
    public record Outcome(String id, boolean replayed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome create(String key, String operation, Object request, Supplier<String> create) {
        if (key == null) {
            return new Outcome(create.get(), false);
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.validation(HEADER, "size", "must be 1 to 200 characters");
        }
        String actor = scopes.current().actor();
        String hash = fingerprint(operation, request);
        int claimed = em.createNativeQuery("insert into idempotency_record (actor, idempotency_key, request_hash)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 1) {
            String id = create.get();
            em.createNativeQuery("update idempotency_record set resource_id = ?3 where actor = ?1 and idempotency_key = ?2")
                    .setParameter(1, actor).setParameter(2, key).setParameter(3, id).executeUpdate();
            return new Outcome(id, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, resource_id from idempotency_record"
                        + " where actor = ?1 and idempotency_key = ?2")
                .setParameter(1, actor).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request body.");
        }
        return new Outcome((String) row[1], true);
    }

    private String fingerprint(String operation, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }
}
