package io.rectify.car.rest;

import io.rectify.car.projection.CarDocument;
import io.rectify.eventsourcing.http.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The answers every step of an 8D can give, for the API description. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "200", description = "The CAR after the step; ETag is its new version",
        content = @Content(schema = @Schema(implementation = CarDocument.class)))
@APIResponse(responseCode = "400", description = "The request is not valid; errors name each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such CAR",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Out of order; says what is missing and which steps are allowed now",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match names an older version of the CAR",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface CommandResponses {
}
