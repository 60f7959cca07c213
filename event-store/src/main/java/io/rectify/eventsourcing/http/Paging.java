package io.rectify.eventsourcing.http;

/** The limits of offset paging every list shares, so that no page asks the database for an absurd offset. */
public final class Paging {

    /** The last page a list serves (with pages of up to 100, the first 100,000 entries); narrow the filters beyond it. */
    public static final int MAX_PAGE = 999;

    private Paging() {
    }
}
