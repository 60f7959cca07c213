package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.command.InvalidCommandException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionsTest {

    @Test
    void ifMatchNamesTheVersionTheClientRead() {
        assertEquals(ExpectedVersion.exactly(3), Versions.fromIfMatch("\"3\""));
        assertEquals(ExpectedVersion.exactly(3), Versions.fromIfMatch("W/\"3\""));
        assertEquals(ExpectedVersion.exactly(12), Versions.fromIfMatch(" 12 "));
    }

    @Test
    void noIfMatchOrAStarDecidesOnTheCurrentState() {
        assertEquals(ExpectedVersion.any(), Versions.fromIfMatch(null));
        assertEquals(ExpectedVersion.any(), Versions.fromIfMatch(""));
        assertEquals(ExpectedVersion.any(), Versions.fromIfMatch("*"));
    }

    @Test
    void anIfMatchThatIsNoVersionIsRefused() {
        InvalidCommandException refused = assertThrows(InvalidCommandException.class, () -> Versions.fromIfMatch("\"abc\""));
        assertEquals("If-Match", refused.errors().get(0).field());
        assertThrows(InvalidCommandException.class, () -> Versions.fromIfMatch("\"0\""));
    }

    @Test
    void theETagIsTheQuotedVersion() {
        assertEquals("\"7\"", Versions.etag(7).toString());
    }
}
