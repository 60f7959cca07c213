package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.InvalidCommandException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Path and query parameters follow {@link TextRules} too: 400 naming the parameter. */
public class ParameterTextFilter {

    @ServerRequestFilter
    public void checkParameters(UriInfo uri) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(), errors);
        collect(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<InvalidCommandException.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = TextRules.problemWith(value);
                if (problem != null) {
                    errors.add(new InvalidCommandException.FieldError(parameter.getKey(), problem));
                    break;
                }
            }
        }
    }
}
