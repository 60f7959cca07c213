package io.rectify.eventsourcing.idempotency;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.store.SqlErrors;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers which aggregate a client's {@code Idempotency-Key} created, so a retried request
 * returns the first result instead of creating a second case. The key is claimed in the
 * creating transaction: of two concurrent requests with one key exactly one commits.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final String PRIMARY_KEY = "idempotency_keys_pkey";

    public record Claim(String scope, String key, String requestHash) {
    }

    /** Validates the header and fingerprints the request it came with; empty when no key was sent. */
    public Optional<Claim> claimFor(String scope, String key, String canonicalRequest) {
        if (key == null) {
            return Optional.empty();
        }
        String trimmed = key.trim();
        if (trimmed.isEmpty() || trimmed.length() > 255 || !trimmed.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidCommandException.of(HEADER, "must be 1-255 visible ASCII characters, e.g. a UUID");
        }
        return Optional.of(new Claim(scope, trimmed, sha256(canonicalRequest)));
    }

    /** The aggregate created under this key before, if any; 422 when the request differs. */
    public Uni<Optional<UUID>> lookUp(Claim claim) {
        return Panache.getSession()
                .chain(session -> session.find(IdempotencyKey.class, new IdempotencyKey.Id(claim.scope(), claim.key())))
                .map(existing -> {
                    if (existing == null) {
                        return Optional.empty();
                    }
                    if (!claim.requestHash().equals(existing.requestHash)) {
                        throw new IdempotencyKeyReusedException(claim.key());
                    }
                    return Optional.of(existing.streamId);
                });
    }

    /** Claims the key for the aggregate being created, in the caller's transaction. */
    public Uni<Void> record(Claim claim, UUID streamId) {
        IdempotencyKey key = new IdempotencyKey();
        key.scope = claim.scope();
        key.key = claim.key();
        key.requestHash = claim.requestHash();
        key.streamId = streamId;
        return Panache.getSession().chain(session -> session.persist(key));
    }

    /** Whether a failed creation lost the race for its key to a concurrent request. */
    public static boolean lostRace(Throwable failure) {
        return SqlErrors.isUniqueViolation(failure, PRIMARY_KEY);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
