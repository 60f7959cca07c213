package io.rectify.complaint.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rectify.complaint.audit.CaseExports;
import io.rectify.complaint.audit.PdfDocuments;
import io.rectify.eventsourcing.audit.HashChains;
import io.rectify.eventsourcing.http.Problem;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.UUID;

/** The auditor's export of one case: everything an IATF 16949 or ISO 10002 audit samples, on one printable page. */
@Path("/complaints/{id}/audit/export")
@Tag(name = "Audit", description = "The tamper-evident record of a case")
public class CaseExportResource {

    private static final String PDF = "application/pdf";

    private final CaseExports exports;
    private final PdfDocuments pdf;
    private final CaseCommands commands;
    private final Clock clock;

    public CaseExportResource(CaseExports exports, PdfDocuments pdf, CaseCommands commands, Clock clock) {
        this.exports = exports;
        this.pdf = pdf;
        this.commands = commands;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance export(CaseExports.Export export, String chainDescription);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The auditor's export of the case, printable",
            description = "The form as filed; every event with who, when and its data, each with its hash and the previous "
                    + "one's; the 8D report as shared; the remedy; each dispute with its signatures as stored and checked; "
                    + "the mails and webhooks sent; the chain's verification and the proof of its head against the newest "
                    + "anchor on complaints.events. With Accept: application/pdf, the same as a PDF to file.")
    @APIResponse(responseCode = "200", description = "The export, printable",
            content = {@Content(mediaType = MediaType.TEXT_HTML), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> exportCase(@PathParam("id") UUID id) {
        return exports.export(id, commands.caller(), clock.instant())
                .map(export -> Templates.export(export, HashChains.CHAIN_DESCRIPTION).render());
    }

    /** The same page printed to PDF (A4, fonts embedded), rendered off the event loop. */
    @GET
    @Produces(PDF)
    @Operation(hidden = true)
    public Uni<Response> exportCaseAsPdf(@PathParam("id") UUID id) {
        return exports.export(id, commands.caller(), clock.instant())
                .map(export -> Templates.export(export, HashChains.CHAIN_DESCRIPTION).render())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(pdf::print)
                .map(bytes -> Response.ok(bytes, PDF)
                        .header("Content-Disposition", "inline; filename=\"audit-export-" + id + ".pdf\"").build());
    }
}
