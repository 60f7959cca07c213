package io.rectify.eventsourcing.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read model's table written by native multi-row statements. The same statement writes a
 * command's row and a rebuild's whole batch: a command costs one statement instead of a read and
 * a write, a rebuild one statement per batch instead of one per event, and Hibernate has no
 * entity to track, dirty-check and flush. Statements join the caller's session and transaction.
 *
 * <p>Columns are named as in SQL, the key first; a {@code :jsonb} suffix marks a column given as
 * JSON text. A row is its values in the order of the columns.
 */
public final class ViewTable {

    /** Bind parameters in one statement: the protocol counts them in 16 bits, which some clients read as signed. */
    static final int MAX_PARAMETERS = 32_767;

    private final String table;
    private final List<String> names;
    private final boolean[] json;
    private final String onConflict;
    private final int rowsPerStatement;

    private ViewTable(String table, List<String> columns, boolean upsert) {
        this.table = table;
        this.names = columns.stream().map(c -> c.endsWith(":jsonb") ? c.substring(0, c.length() - 6) : c).toList();
        this.json = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            json[i] = columns.get(i).endsWith(":jsonb");
        }
        this.onConflict = upsert ? " on conflict (" + names.get(0) + ") do update set "
                + String.join(", ", names.subList(1, names.size()).stream().map(n -> n + " = excluded." + n).toList()) : "";
        this.rowsPerStatement = MAX_PARAMETERS / names.size();
    }

    /** A table whose first column is its key: a row already there is replaced. */
    public static ViewTable keyed(String table, String key, String... columns) {
        List<String> all = new ArrayList<>(columns.length + 1);
        all.add(key);
        all.addAll(Arrays.asList(columns));
        return new ViewTable(table, all, true);
    }

    /** A table rows are only added to. */
    public static ViewTable appendOnly(String table, String... columns) {
        return new ViewTable(table, List.of(columns), false);
    }

    /** Writes these rows, in as few statements as the parameter limit allows. */
    public Uni<Void> write(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int end = Math.min(rows.size(), rowsPerStatement);
        List<Object[]> chunk = rows.subList(0, end);
        Uni<Void> written = Panache.getSession().chain(session -> {
            var statement = session.createNativeQuery(sql(chunk.size()));
            int parameter = 1;
            for (Object[] row : chunk) {
                if (row.length != names.size()) {
                    throw new IllegalArgumentException(table + " has " + names.size() + " columns, not " + row.length);
                }
                for (Object value : row) {
                    statement.setParameter(parameter++, value);
                }
            }
            return statement.executeUpdate();
        }).replaceWithVoid();
        return end == rows.size() ? written : written.chain(() -> write(rows.subList(end, rows.size())));
    }

    /** Writes one row. */
    public Uni<Void> write(Object... row) {
        return write(List.<Object[]>of(row));
    }

    String sql(int rows) {
        StringBuilder sql = new StringBuilder(64 + rows * names.size() * 8)
                .append("insert into ").append(table).append(" (").append(String.join(", ", names)).append(") values ");
        int parameter = 1;
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < names.size(); c++) {
                sql.append(c == 0 ? "" : ", ");
                // JSON comes as text; PostgreSQL casts text to jsonb, not a varchar parameter
                sql.append(json[c] ? "cast(cast(?" + parameter + " as text) as jsonb)" : "?" + parameter);
                parameter++;
            }
            sql.append(')');
        }
        return sql.append(onConflict).toString();
    }
}
