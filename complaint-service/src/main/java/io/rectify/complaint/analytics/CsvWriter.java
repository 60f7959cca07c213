package io.rectify.complaint.analytics;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when
 * it holds a comma, a quote or a line break. A field that a spreadsheet would run as a formula
 * (starting with {@code = + - @}) is prefixed with a quote, so a part number cannot become one.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<CsvTable> {

    public static final String TEXT_CSV = "text/csv";

    /** The table as a CSV file to download, named {@code name}.csv. */
    public static Response download(CsvTable table, String name) {
        return Response.ok(table, TEXT_CSV).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(CsvTable table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder();
        line(csv, List.copyOf(table.header()));
        for (List<Object> row : table.rows()) {
            line(csv, row);
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
