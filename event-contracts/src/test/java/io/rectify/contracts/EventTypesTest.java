package io.rectify.contracts;

import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.notification.NotificationEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTypesTest {

    @Test
    void everyComplaintEventHasAContractTypeName() {
        long records = Arrays.stream(ComplaintEvent.class.getDeclaredClasses()).filter(Class::isRecord).count();
        assertEquals(records, ComplaintEvent.TYPES.all().size());
        assertEquals("io.rectify.complaint.dispute-settled.v1", ComplaintEvent.TYPES.nameOf(ComplaintEvent.DisputeSettled.class),
                "events grouped in a sealed interface of the hierarchy are found too");
        assertEquals("io.rectify.complaint.received.v1", ComplaintEvent.TYPES.nameOf(ComplaintEvent.Received.class));
        assertEquals(ComplaintEvent.Acknowledged.class, ComplaintEvent.TYPES.classOf("io.rectify.complaint.acknowledged.v1").orElseThrow());
        assertTrue(ComplaintEvent.TYPES.classOf("io.rectify.complaint.unknown.v1").isEmpty());
    }

    @Test
    void typeNamesNameTheirAggregate() {
        Pattern complaint = Pattern.compile("io\\.rectify\\.complaint\\.[a-z-]+\\.v\\d+");
        Pattern notification = Pattern.compile("io\\.rectify\\.notification\\.[a-z-]+\\.v\\d+");
        ComplaintEvent.TYPES.all().keySet().forEach(name -> assertTrue(complaint.matcher(name).matches(), name));
        NotificationEvent.TYPES.all().keySet().forEach(name -> assertTrue(notification.matcher(name).matches(), name));
    }

    sealed interface Unnamed permits Unnamed.Bare {
        record Bare() implements Unnamed {
        }
    }

    @Test
    void aRecordWithoutATypeNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EventTypes.of(Unnamed.class));
    }
}
