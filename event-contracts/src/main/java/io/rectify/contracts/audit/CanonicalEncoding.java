package io.rectify.contracts.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one unambiguous encoding everything that is hashed or signed uses: each field is its length
 * in UTF-8 bytes, a colon, and its UTF-8 bytes, so nothing a field holds can be read as the start
 * of the next one ("ab" + "c" and "a" + "bc" encode differently). The event store's SQL function
 * {@code event_hash_field} is the same encoding.
 */
public final class CanonicalEncoding {

    private CanonicalEncoding() {
    }

    public static byte[] of(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
