package io.rectify.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Checks with a JSON Schema validator (networknt), as an integrator would: that an AsyncAPI
 * document is valid AsyncAPI 3.0, and that an event's data matches the payload schema of its
 * message in that document.
 */
public final class AsyncApiContract {

    private static final String META_SCHEMA_ID = "http://asyncapi.com/definitions/3.0.0/asyncapi.json";
    private static final String DOCUMENT_ID = "https://rectify.invalid/asyncapi.json";
    private static final String META_SCHEMA = resource("asyncapi/asyncapi-3.0.0.schema.json");

    private final SchemaRegistry registry;
    private final String document;

    private AsyncApiContract(String document) {
        this.document = document;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(META_SCHEMA_ID, META_SCHEMA, DOCUMENT_ID, document)));
    }

    public static AsyncApiContract of(String document) {
        return new AsyncApiContract(document);
    }

    /** What makes the document invalid AsyncAPI 3.0; empty when it is valid. */
    public List<String> documentErrors() {
        Schema asyncApi = registry.getSchema(SchemaLocation.of(META_SCHEMA_ID));
        return messages(asyncApi.validate(document, InputFormat.JSON));
    }

    /** What makes {@code data} not match the payload schema of message {@code messageName}; empty when it does. */
    public List<String> dataErrors(String messageName, String data) {
        Schema payload = registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#/components/messages/" + messageName + "/payload"));
        return messages(payload.validate(data, InputFormat.JSON));
    }

    /** What makes {@code headers} (a JSON object of the record's headers) not match message {@code messageName}'s. */
    public List<String> headerErrors(String messageName, String headers) {
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#/components/messages/" + messageName + "/headers"));
        return messages(schema.validate(headers, InputFormat.JSON));
    }

    private static List<String> messages(List<com.networknt.schema.Error> errors) {
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    private static String resource(String name) {
        try (InputStream in = AsyncApiContract.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
