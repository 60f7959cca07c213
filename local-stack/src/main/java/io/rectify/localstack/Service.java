package io.rectify.localstack;

/** The three services: where they are built, their default port and the database each owns. */
public enum Service {
    COMPLAINT("complaint-service", 8081, "complaints"),
    CAR("car-service", 8082, "cars"),
    NOTIFICATION("notification-service", 8083, "notifications");

    private final String moduleName;
    private final int defaultPort;
    private final String database;

    Service(String moduleName, int defaultPort, String database) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** The Maven module and process name, e.g. {@code complaint-service}. */
    public String moduleName() {
        return moduleName;
    }

    /** The topic the service publishes its events on, e.g. {@code complaints.events}. */
    public String topic() {
        return database + ".events";
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The jar the Quarkus build produces in the module. */
    public String jarPath() {
        return moduleName + "/target/quarkus-app/quarkus-run.jar";
    }
}
