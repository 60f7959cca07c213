package io.rectify.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The generated clients compile (or this module would not build) and offer every operation of
 * their document as a method named by its operationId: the generator skipped none.
 */
class GeneratedClientsTest {

    @ParameterizedTest
    @CsvSource({
            "complaint-service, io.rectify.clients.complaint.api, ComplaintsApi",
            "car-service, io.rectify.clients.car.api, CarsApi",
            "notification-service, io.rectify.clients.notification.api, NotificationsApi"})
    void everyOperationOfTheDocumentIsAMethodOfTheGeneratedClient(String service, String apiPackage, String mainApi)
            throws IOException, ClassNotFoundException {
        var document = new ObjectMapper().readTree(new File("../" + service + "/target/openapi/openapi.json"));
        Set<String> operationIds = new TreeSet<>();
        document.path("paths").forEach(path -> path.properties().forEach(operation -> {
            if (operation.getValue().has("operationId")) {
                operationIds.add(operation.getValue().path("operationId").asText());
            }
        }));
        assertFalse(operationIds.isEmpty(), service + " has operations");
        Class.forName(apiPackage + "." + mainApi);
        Set<String> methods = new TreeSet<>();
        File[] apis = new File("target/classes/" + apiPackage.replace('.', '/')).listFiles((dir, name) -> name.endsWith("Api.class"));
        for (File api : apis) {
            Class<?> type = Class.forName(apiPackage + "." + api.getName().replace(".class", ""));
            methods.addAll(Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet()));
        }
        List<String> missing = new ArrayList<>(operationIds);
        missing.removeAll(methods);
        assertEquals(List.of(), missing, "operations of " + service + " without a client method");
    }
}
