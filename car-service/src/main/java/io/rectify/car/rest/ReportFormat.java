package io.rectify.car.rest;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the 8D report writes times: to the minute, in UTC, as on a paper form. */
@TemplateExtension
public class ReportFormat {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ReportFormat() {
    }

    static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
