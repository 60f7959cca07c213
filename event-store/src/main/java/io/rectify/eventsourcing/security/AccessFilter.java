package io.rectify.eventsourcing.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces the service's {@link AccessPolicy} on every REST operation before its body is read: no
 * valid token is 401, a role the table does not name is 403, an operation the table forgets is
 * refused to everyone. The verified caller is kept in {@link CurrentCaller} for the request.
 *
 * <p>Authentication is not proactive ({@code quarkus.http.auth.proactive=false}), so that public
 * operations never look at a token and every failure answers as a problem document.
 */
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    public static final String CUSTOMER_ID_CLAIM = "customer_id";

    private final AccessPolicy policy;
    private final CurrentIdentityAssociation identities;
    private final CurrentCaller current;
    private final Map<Method, String> operations = new ConcurrentHashMap<>();

    public AccessFilter(AccessPolicy policy, CurrentIdentityAssociation identities, CurrentCaller current) {
        this.policy = policy;
        this.identities = identities;
        this.current = current;
    }

    @ServerRequestFilter
    public Uni<Void> authorize(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Uni.createFrom().voidItem();
        }
        String operation = operations.computeIfAbsent(resource.getResourceMethod(),
                method -> operationOf(resource.getResourceClass(), method));
        String[] parts = operation.split(" ", 2);
        Optional<AccessPolicy.Rule> rule = policy.rule(parts[0], parts[1]);
        if (rule.isEmpty()) {
            LOG.errorf("%s has no access rule: refused to everyone; add it to the service's AccessRules", operation);
            return Uni.createFrom().failure(new AccessDeniedException("no one may call " + operation));
        }
        if (rule.get().isPublic()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                throw new NotAuthenticatedException("send a bearer token from the identity provider (Authorization: Bearer <token>)");
            }
            Caller caller = callerOf(identity);
            if (caller.isCustomer() && caller.hasAnyRole(Roles.SUPPLIER_SIDE)) {
                throw new AccessDeniedException("a user may act for the customer or for the supplier, not both");
            }
            if (!rule.get().allows(caller)) {
                throw new AccessDeniedException(operation + " needs one of the roles " + rule.get().describe());
            }
            current.set(caller);
            return null;
        });
    }

    static Caller callerOf(SecurityIdentity identity) {
        String name = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String subject = token.getSubject() == null ? name : token.getSubject();
            String username = Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(name);
            Object customerId = token.getClaim(CUSTOMER_ID_CLAIM);
            return new Caller(subject, username, token.getClaim("name"), identity.getRoles(),
                    Optional.ofNullable(customerId).map(Object::toString).filter(id -> !id.isBlank()));
        }
        return new Caller(name, name, name, identity.getRoles(), Optional.empty());
    }

    /** {@code "POST /complaints/{id}/closure"}, from the resource's annotations. */
    static String operationOf(Class<?> resourceClass, Method method) {
        String path = join(pathOf(resourceClass.getAnnotation(Path.class)), pathOf(method.getAnnotation(Path.class)));
        return httpMethodOf(method) + " " + path;
    }

    private static String httpMethodOf(Method method) {
        Map<Class<? extends Annotation>, String> verbs = Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT",
                DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD", OPTIONS.class, "OPTIONS");
        for (var verb : verbs.entrySet()) {
            if (method.isAnnotationPresent(verb.getKey())) {
                return verb.getValue();
            }
        }
        return "GET";
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        // a template like {id: [0-9]+} is named by its parameter alone
        joined = joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
