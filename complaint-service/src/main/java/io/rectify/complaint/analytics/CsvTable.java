package io.rectify.complaint.analytics;

import java.util.List;

/** A table an analytics answer can also be given as, as CSV ({@code Accept: text/csv}) for a spreadsheet or a BI tool. */
public interface CsvTable {

    List<String> header();

    /** The rows, each with a value per column of the {@link #header()}. */
    List<List<Object>> rows();
}
