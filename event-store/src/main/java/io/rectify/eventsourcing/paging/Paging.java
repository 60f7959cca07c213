package io.rectify.eventsourcing.paging;

/**
 * The limits every list shares: no page asks the database for an absurd offset or row count, and
 * no list counts more than {@link #COUNT_LIMIT} rows to say how many there are.
 */
public final class Paging {

    /** The last page a list serves (with pages of up to 100, the first 100,000 entries); narrow the filters beyond it. */
    public static final int MAX_PAGE = 999;

    /** The largest page of a list of cases. */
    public static final int MAX_SIZE = 100;

    /** The largest page of a case's history (a case holds at most 5,000 events). */
    public static final int MAX_HISTORY_SIZE = 1_000;

    /**
     * Beyond this many matches, a list says "at least" instead of counting them all. The count
     * walks up to this many index entries on every page: kept small, a list page costs the same
     * with a thousand cases as with a million (at 10,000 it cost a list page more than ten times reading the page itself).
     */
    public static final long COUNT_LIMIT = 1_000;

    private Paging() {
    }
}
