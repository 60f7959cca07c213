package io.rectify.eventsourcing.security;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the service's {@link AccessPolicy} into its OpenAPI document: every operation that needs
 * a token names the OpenID Connect scheme, lists its roles ({@code x-rectify-roles} and a line of
 * its description) and its 401 and 403 answers; public ones say that no token is needed.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AccessOpenApiFilter implements OASFilter {

    /** The name of the security scheme in the document (quarkus.smallrye-openapi.security-scheme-name). */
    public static final String SCHEME = "oidc";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var container = Arc.container();
        if (container == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        AccessPolicy policy = container.instance(AccessPolicy.class).get();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                describe(operation.getValue(), policy.rule(operation.getKey().name(), path.getKey()).orElse(null));
            }
        }
    }

    private static void describe(Operation operation, AccessPolicy.Rule rule) {
        String who;
        if (rule == null) {
            who = "Nobody: this operation has no access rule.";
            operation.addExtension("x-rectify-roles", List.of());
        } else if (rule.isPublic()) {
            who = "Anyone, without a token.";
            operation.setSecurity(List.of());
            operation.addExtension("x-rectify-public", true);
        } else {
            who = "Roles: " + String.join(", ", new TreeSet<>(rule.roles())) + ".";
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of())));
            operation.addExtension("x-rectify-roles", List.copyOf(new TreeSet<>(rule.roles())));
            APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            if (responses.getAPIResponse("401") == null) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse().description("No valid bearer token"));
            }
            if (responses.getAPIResponse("403") == null) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse().description("The caller's roles do not allow this"));
            }
            operation.setResponses(responses);
        }
        String description = operation.getDescription();
        operation.setDescription("**Who may call:** " + who + (description == null || description.isBlank() ? "" : "\n\n" + description));
    }
}
