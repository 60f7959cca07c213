package io.rectify.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fills complaint-service's database with cases in SQL, not through the API, so that reads can be
 * measured against a million cases in minutes: each case is a copy of one filed case (its events
 * and its read-model rows) under a new id, reference, customer and part number. The copies get no
 * outbox rows: they are history, nothing to publish, and the consumers never see them.
 */
final class BulkLoader {

    private static final int BATCH = 50_000;

    private static final String EVENTS = """
            insert into events (event_id, stream_type, stream_id, version, case_id, event_type, data, actor, actor_id,
                                correlation_id, causation_id, occurred_at)
            select gen_random_uuid(), e.stream_type, b.id, e.version, b.id, e.event_type,
                   jsonb_set(jsonb_set(jsonb_set(jsonb_set(e.data - 'relatedComplaints',
                       '{complaintId}', to_jsonb(b.id::text)), '{reference}', to_jsonb(b.reference)),
                       '{customer,id}', to_jsonb(b.customer_id)), '{product,partNumber}', to_jsonb(b.part_number)),
                   e.actor, e.actor_id, gen_random_uuid(), null, e.occurred_at
              from bulk_cases b, events e
             where e.stream_id = ? and b.n > ? and b.n <= ?""";

    private static final String VIEWS = """
            insert into complaint_view (id, reference, status, customer_id, part_number, lot_number, severity, version,
                                        received_at, updated_at, document, next_deadline_at, offers)
            select b.id, b.reference, v.status, b.customer_id, b.part_number, v.lot_number, v.severity, v.version,
                   v.received_at - make_interval(secs => b.n), v.updated_at,
                   jsonb_set(jsonb_set(jsonb_set(jsonb_set(v.document - 'relatedComplaints',
                       '{id}', to_jsonb(b.id::text)), '{reference}', to_jsonb(b.reference)),
                       '{customer,id}', to_jsonb(b.customer_id)), '{product,partNumber}', to_jsonb(b.part_number)),
                   v.next_deadline_at, v.offers
              from bulk_cases b, complaint_view v
             where v.id = ? and b.n > ? and b.n <= ?""";

    /**
     * The analytics row of each copy, its causes spread over the six 6M categories and its milestones
     * over days, so that a Pareto has something to rank and the KPIs' medians a spread to take them from
     * (this row is the bench's alone: a rebuild would write it from the copied events).
     */
    private static final String ANALYTICS = """
            insert into complaint_analytics (id, reference, customer_id, part_number, lot_number, severity, channel, phase,
                   quantity_affected, status, received_at, closed_at, rejected_at, repeat, missed_deadlines,
                   occurrence_category, escape_category, acknowledged_at, contained_at, responded_at, acknowledgement_due,
                   containment_due, response_due, closure_due, reopenings, first_verification, remedy_type, remedy_quantity,
                   credit_amount, credit_currency, disputes_opened, disputes_settled, disputes_mediated, disputes_withdrawn,
                   days_to_settle, survey_sent, rating, version)
            select b.id, b.reference, b.customer_id, b.part_number, a.lot_number, a.severity, a.channel, a.phase,
                   a.quantity_affected, a.status, a.received_at - make_interval(secs => b.n),
                   case when b.n % 3 = 2 then least(now(), a.received_at - make_interval(secs => b.n)
                        + make_interval(mins => 600 + b.n % 20000 + b.n % 10080)) end, a.rejected_at,
                   false, a.missed_deadlines,
                   (array['MAN','MACHINE','MATERIAL','METHOD','MEASUREMENT','ENVIRONMENT'])[1 + b.n % 6],
                   (array['MEASUREMENT','METHOD','MAN'])[1 + b.n % 3],
                   -- times spread as a quality team's would be: acknowledged within two days, two in three
                   -- answered within two weeks, one in three closed within a week of that (never after now)
                   least(now(), a.received_at - make_interval(secs => b.n) + make_interval(mins => b.n % 2880)), a.contained_at,
                   case when b.n % 3 > 0 then least(now(), a.received_at - make_interval(secs => b.n)
                        + make_interval(mins => 600 + b.n % 20000)) end,
                   a.acknowledgement_due, a.containment_due,
                   a.response_due, a.closure_due, a.reopenings, a.first_verification, a.remedy_type, a.remedy_quantity,
                   a.credit_amount, a.credit_currency, a.disputes_opened, a.disputes_settled, a.disputes_mediated,
                   a.disputes_withdrawn, a.days_to_settle, a.survey_sent, a.rating, a.version
              from bulk_cases b, complaint_analytics a
             where a.id = ? and b.n > ? and b.n <= ?""";

    private BulkLoader() {
    }

    /** Adds {@code count} copies of case {@code template}; prints its progress. */
    static void load(String jdbcUrl, String user, String password, UUID template, int count) throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table bulk_cases (n int primary key, id uuid, reference text,"
                        + " customer_id text, part_number text)");
                // 500 customers and 5,000 part numbers of their own: the bench's filings keep their recurrence links
                statement.execute("insert into bulk_cases select g, gen_random_uuid(), 'BULK-" + run + "-' || g,"
                        + " 'BULK-' || (g % 500), 'BULK-' || (g % 5000) from generate_series(1, " + count + ") g");
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int done = 0; done < count; done += BATCH) {
                int upTo = Math.min(count, done + BATCH);
                copy(connection, EVENTS, template, done, upTo);
                copy(connection, VIEWS, template, done, upTo);
                copy(connection, ANALYTICS, template, done, upTo);
                connection.commit();
                System.out.printf("  loaded %,d of %,d cases (%.0f s)%n", upTo, count, (System.nanoTime() - started) / 1e9);
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze complaint_view");
                statement.execute("analyze complaint_analytics");
                statement.execute("analyze events");
            }
        }
    }

    private static void copy(Connection connection, String sql, UUID template, int after, int upTo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, template);
            insert.setInt(2, after);
            insert.setInt(3, upTo);
            insert.executeUpdate();
        }
    }
}
