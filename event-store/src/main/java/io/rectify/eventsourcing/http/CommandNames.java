package io.rectify.eventsourcing.http;

import java.util.Locale;

/**
 * The names users know commands by: the path each command type is sent to. Each service maps its
 * command types in one place; without such a mapping a type is named in kebab case.
 */
public interface CommandNames {

    String nameOf(Enum<?> command);

    /** The fallback: {@code RECORD_DELIVERY} becomes {@code record-delivery}. */
    static String kebab(Enum<?> command) {
        return command.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
