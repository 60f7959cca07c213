package io.rectify.eventsourcing.lifecycle;

import io.rectify.eventsourcing.command.CommandRejectedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The shared lifecycle table, on a door: given a state, when a command or an event comes, then what the table says. */
class LifecycleTest {

    enum Status { NONE, OPEN, CLOSED, LOCKED }

    enum Command { INSTALL, OPEN, CLOSE, LOCK, UNLOCK, INSPECT }

    sealed interface Event {
        record Installed() implements Event {
        }

        record Closed() implements Event {
        }

        record Locked() implements Event {
        }

        record Inspected() implements Event {
        }
    }

    /** A door with a key that may be lost, and a warranty inspection that may be booked until some time. */
    record Door(Status status, boolean keyLost, Instant inspectionUntil) {
    }

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static final Lifecycle<Door, Command, Event, Status> TABLE = Lifecycle
            .<Door, Command, Event, Status>of(Command.class, LifecycleTest::rule, Door::status)
            .on(Event.Installed.class, Status.CLOSED)
            .on(Event.Closed.class, Status.CLOSED)
            .on(Event.Locked.class, (door, event) -> door.keyLost() ? Status.CLOSED : Status.LOCKED)
            .build();

    private static Rule<Door, Status> rule(Command command) {
        return switch (command) {
            case INSTALL -> Rule.<Door, Status>from(Status.NONE).internal();
            case OPEN -> Rule.from(Status.CLOSED);
            case CLOSE -> Rule.from(Status.OPEN);
            case LOCK -> Rule.<Door, Status>from(Status.CLOSED)
                    .when((door, now) -> door.keyLost() ? Optional.of("the key is lost") : Optional.empty());
            case UNLOCK -> Rule.from(Status.LOCKED);
            case INSPECT -> Rule.<Door, Status>from(Status.OPEN, Status.CLOSED, Status.LOCKED)
                    .openUntil(Door::inspectionUntil, "is not possible any more: the warranty ended");
        };
    }

    private static Door door(Status status) {
        return new Door(status, false, NOW.plusSeconds(60));
    }

    @Test
    void offersTheCommandsAStatusAllowsInTheOrderOfTheCommandTypes() {
        assertEquals(List.of(Command.OPEN, Command.LOCK, Command.INSPECT), TABLE.allowed(door(Status.CLOSED), NOW));
        assertEquals(List.of(Command.CLOSE, Command.INSPECT), TABLE.allowed(door(Status.OPEN), NOW));
    }

    @Test
    void anInternalCommandIsCheckedButNeverOffered() {
        Door none = door(Status.NONE);
        assertEquals(List.of(), TABLE.allowed(none, NOW));
        TABLE.check(none, Command.INSTALL, NOW);
        assertThrows(CommandRejectedException.class, () -> TABLE.check(door(Status.CLOSED), Command.INSTALL, NOW));
    }

    @Test
    void aCommandFromAnotherStatusIsRefusedWithTheStatusAndWhatIsAllowed() {
        CommandRejectedException refused = assertThrows(CommandRejectedException.class,
                () -> TABLE.check(door(Status.OPEN), Command.LOCK, NOW));
        assertEquals(Command.LOCK, refused.command());
        assertEquals("OPEN", refused.currentStatus());
        assertEquals(List.of(Command.CLOSE, Command.INSPECT), refused.allowedCommands());
        assertEquals("is not accepted in status OPEN", refused.reason());
        assertEquals("'lock' is not accepted in status OPEN; allowed now: close, inspect",
                refused.describe(command -> command.name().toLowerCase()));
    }

    @Test
    void aGuardRefusesWithItsReasonAndTakesTheCommandOutOfTheOffer() {
        Door keyLost = new Door(Status.CLOSED, true, null);
        assertEquals(List.of(Command.OPEN, Command.INSPECT), TABLE.allowed(keyLost, NOW), "no warranty end: inspection stays open");
        CommandRejectedException refused = assertThrows(CommandRejectedException.class,
                () -> TABLE.check(keyLost, Command.LOCK, NOW));
        assertEquals("is not possible yet: the key is lost", refused.reason());
    }

    @Test
    void aCommandOpenUntilSomeTimeIsAllowedUpToItAndRefusedAfter() {
        Door closed = door(Status.CLOSED);
        Instant end = closed.inspectionUntil();
        TABLE.check(closed, Command.INSPECT, end);
        CommandRejectedException refused = assertThrows(CommandRejectedException.class,
                () -> TABLE.check(closed, Command.INSPECT, end.plusMillis(1)));
        assertEquals("is not possible any more: the warranty ended on " + end, refused.reason());
        assertEquals(List.of(Command.OPEN, Command.LOCK), TABLE.allowed(closed, end.plusMillis(1)));
    }

    @Test
    void storedOffersReadLaterLeaveOutWhatClosedMeanwhile() {
        Door closed = door(Status.CLOSED);
        Offers stored = TABLE.offers(closed, NOW);
        assertEquals(List.of(new Offers.Offer("OPEN", null), new Offers.Offer("LOCK", null),
                new Offers.Offer("INSPECT", closed.inspectionUntil())), stored.commands());
        assertEquals(List.of(Command.OPEN, Command.LOCK, Command.INSPECT), TABLE.openAt(stored, closed.inspectionUntil()));
        assertEquals(List.of(Command.OPEN, Command.LOCK), TABLE.openAt(stored, closed.inspectionUntil().plusSeconds(1)));
    }

    @Test
    void eventsLeadToTheirStatusAndOneWithoutATransitionLeavesItAsItIs() {
        assertEquals(Status.CLOSED, TABLE.statusAfter(door(Status.NONE), new Event.Installed()));
        assertEquals(Status.LOCKED, TABLE.statusAfter(door(Status.CLOSED), new Event.Locked()));
        assertEquals(Status.CLOSED, TABLE.statusAfter(new Door(Status.CLOSED, true, null), new Event.Locked()),
                "a transition may depend on the state before the event");
        assertEquals(Status.LOCKED, TABLE.statusAfter(door(Status.LOCKED), new Event.Inspected()));
    }

    @Test
    void aSecondTransitionForTheSameEventIsRefusedWhenTheTableIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> Lifecycle
                .<Door, Command, Event, Status>of(Command.class, LifecycleTest::rule, Door::status)
                .on(Event.Closed.class, Status.CLOSED)
                .on(Event.Closed.class, Status.OPEN));
    }
}
