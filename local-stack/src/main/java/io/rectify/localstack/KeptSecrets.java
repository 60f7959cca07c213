package io.rectify.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Secrets the local run makes once and keeps in its home, so that they survive a restart. */
final class KeptSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeptSecrets() {
    }

    /** The secret kept in {@code file}; made of {@code randomBytes} random bytes (as hex) when there is none yet. */
    static String readOrMake(Path file, int randomBytes, String what) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[randomBytes];
                RANDOM.nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(random));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the " + what + " in " + file, e);
        }
    }
}
