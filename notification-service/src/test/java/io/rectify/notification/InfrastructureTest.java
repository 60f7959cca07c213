package io.rectify.notification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.testing.InfrastructureContractTest;
import io.rectify.testing.RectifyTestResource;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
@WithTestResource(SmtpServer.class)
class InfrastructureTest extends InfrastructureContractTest {
}
