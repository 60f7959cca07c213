package io.rectify.complaint.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages load Apache ECharts from: the webjar on the classpath, which Quarkus serves under
 * {@code /webjars}; its version is read from the jar itself, so an upgrade is a change to the POM alone.
 */
final class Echarts {

    static final String VERSION = version();
    static final String SCRIPT = "/webjars/echarts/" + VERSION + "/dist/echarts.min.js";

    private Echarts() {
    }

    private static String version() {
        try (InputStream pom = Echarts.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the ECharts webjar (org.webjars.npm:echarts) is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
