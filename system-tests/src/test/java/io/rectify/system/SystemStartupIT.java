package io.rectify.system;

import io.rectify.localstack.Service;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Each service runs as its own process, healthy, with its API described. */
@ExtendWith(RunningSystem.class)
class SystemStartupIT {

    @ParameterizedTest
    @EnumSource(Service.class)
    void serviceIsReadyWithItsDatabaseAndBroker(Service service) {
        RestAssured.given().baseUri(RunningSystem.url(service))
                .get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void serviceDescribesItsApi(Service service) {
        RestAssured.given().baseUri(RunningSystem.url(service))
                .accept("application/json")
                .get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString(service.moduleName()));
        RestAssured.given().baseUri(RunningSystem.url(service))
                .get("/q/swagger-ui/")
                .then().statusCode(200);
    }
}
