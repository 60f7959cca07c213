package io.rectify.notification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.testing.HostileInputContractTest;
import io.rectify.testing.RectifyTestResource;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class HostileInputTest extends HostileInputContractTest {
}
