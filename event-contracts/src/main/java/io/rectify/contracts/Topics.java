package io.rectify.contracts;

/**
 * The Kafka topics of the contract: one per owning service, keyed by case id.
 */
public final class Topics {

    public static final String COMPLAINTS = "complaints.events";
    public static final String CARS = "cars.events";
    public static final String NOTIFICATIONS = "notifications.events";

    private Topics() {
    }

    /** Where a consumer parks a record it can never process, so the partition keeps moving. */
    public static String deadLetter(String consumerName) {
        return consumerName + ".dead-letter";
    }
}
