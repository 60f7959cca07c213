package io.rectify.complaint.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the quality team's dashboard, in English here and in Greek and Serbian in
 * {@code messages/dashboard_el.properties} and {@code dashboard_sr.properties}; the build fails when
 * a translation names a message this interface does not have.
 */
@MessageBundle(value = "dashboard", locale = "en")
public interface DashboardMessages {

    @Message("Complaints dashboard")
    String title();

    @Message("Received {from} to {to}")
    String period(String from, String to);

    @Message("Filters")
    String filters();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Customer")
    String customer();

    @Message("Part number")
    String partNumber();

    @Message("Severity")
    String severity();

    @Message("any")
    String any();

    @Message("Trend by")
    String interval();

    @Message("week")
    String week();

    @Message("month")
    String month();

    @Message("Show")
    String apply();

    @Message("Language")
    String language();

    @Message("Log out")
    String logout();

    @Message("Complaints received")
    String tileComplaints();

    @Message("Median time to acknowledge")
    String tileAcknowledge();

    @Message("Median time to contain")
    String tileContain();

    @Message("Median time to respond")
    String tileRespond();

    @Message("Median time to close")
    String tileClose();

    @Message("Responses on time")
    String tileResponseOnTime();

    @Message("Closures on time")
    String tileClosureOnTime();

    @Message("CARs effective at the first verification")
    String tileFirstTimeEffective();

    @Message("Reopened")
    String tileReopened();

    @Message("Repeat complaints")
    String tileRecurrence();

    @Message("Disputes opened")
    String tileDisputes();

    @Message("Mean satisfaction (1–5)")
    String tileSatisfaction();

    @Message("Credits agreed")
    String tileCredits();

    @Message("{count} of {of}")
    String countOf(long count, long of);

    @Message("{value} h")
    String hours(String value);

    @Message("no data")
    String noData();

    @Message("Occurrence causes (6M)")
    String paretoOccurrence();

    @Message("Escape causes (6M)")
    String paretoEscape();

    @Message("Parts")
    String paretoParts();

    @Message("Cause")
    String causeKind();

    @Message("why it occurred")
    String occurrence();

    @Message("why it escaped")
    String escape();

    @Message("Complaints")
    String complaints();

    @Message("Cumulative share")
    String cumulativeShare();

    @Message("Share")
    String share();

    @Message("Quantity affected")
    String quantityAffected();

    @Message("{count} complaints have no value yet (e.g. no root cause determined) and are not in the chart.")
    String unclassified(long count);

    @Message("{count} smaller items are not drawn; the CSV has them all.")
    String moreItems(int count);

    @Message("Trends")
    String trends();

    @Message("Received")
    String received();

    @Message("Closed")
    String closed();

    @Message("Open at the end")
    String open();

    @Message("Repeats")
    String repeats();

    @Message("Missed deadlines")
    String missedDeadlines();

    @Message("Period")
    String periodColumn();

    @Message("Export CSV")
    String exportCsv();

    @Message("Key figures")
    String keyFigures();

    @Message("Cases: {dimension} = {key}")
    String casesTitle(String dimension, String key);

    @Message("{total} cases; the newest {shown} are listed.")
    String casesShown(long total, int shown);

    @Message("Reference")
    String reference();

    @Message("Received at")
    String receivedAt();

    @Message("Lot")
    String lot();

    @Message("Status")
    String status();

    @Message("Back to the dashboard")
    String back();

    @Message("Nothing was received in this period.")
    String empty();

    @Message("Occurrence cause")
    String occurrenceCause();

    @Message("Escape cause")
    String escapeCause();

    @Message("Phase")
    String phase();

    @Message("Channel")
    String channel();

    @Message("Please correct: {errors}")
    String invalid(String errors);

    /** A 6M category's name; any other key as it is. */
    @Message("{#when category}{#is 'MAN'}Man{#is 'MACHINE'}Machine{#is 'MATERIAL'}Material{#is 'METHOD'}Method"
            + "{#is 'MEASUREMENT'}Measurement{#is 'ENVIRONMENT'}Environment{#else}{category}{/when}")
    String category(String category);

    @Message("{#when status}{#is 'RECEIVED'}Received{#is 'ACKNOWLEDGED'}Acknowledged{#is 'UNDER_ANALYSIS'}Under analysis"
            + "{#is 'CORRECTIVE_ACTION'}Corrective action{#is 'RESPONDED'}Responded{#is 'MONITORING'}Monitoring"
            + "{#is 'CLOSED'}Closed{#is 'REJECTED'}Rejected{#else}{status}{/when}")
    String statusName(String status);
}
