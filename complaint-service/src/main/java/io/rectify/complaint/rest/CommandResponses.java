package io.rectify.complaint.rest;

import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.eventsourcing.http.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The answers every command on a case can give, for the API description. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "200", description = "The case after the command; ETag is its new version",
        content = @Content(schema = @Schema(implementation = ComplaintDocument.class)))
@APIResponse(responseCode = "400", description = "The request is not valid; errors name each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such case",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not allowed now; says why, the status and the commands allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match names an older version of the case",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface CommandResponses {
}
