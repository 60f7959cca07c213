package io.rectify.complaint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;
import io.rectify.complaint.domain.ComplaintCommand.DisputeCommand;
import io.rectify.complaint.domain.ComplaintCommand.RemedyCommand;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.EvidenceType;
import io.rectify.contracts.complaint.Party;
import io.rectify.complaint.rest.DisputeResource;
import io.rectify.complaint.rest.RemedyResource;
import io.rectify.complaint.rest.SatisfactionResource;
import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.domain.ComplaintStatus;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.rest.CaseCommands;
import io.rectify.complaint.rest.api.ComplaintForm;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.eventsourcing.api.EightDReport;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.rectify.eventsourcing.command.StaleVersionException;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.security.AccessDeniedException;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's web channel: the complaint form, "my cases" and a page per case with its
 * timeline, the answer and the remedy to accept or decline, in the customer's language. The
 * customer logs in on Keycloak's page (the {@code web} OIDC tenant); every page shows that
 * customer's cases only, as the API does. Forms are plain HTML and work without scripts; a form
 * sent from another site is refused (its Origin is not this one), beside the session cookie's
 * SameSite=Lax.
 */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class PortalPage {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** The signature form's fields for the properties of the API's signature request. */
    private static final Map<String, String> SIGNATURE_FIELDS = Map.of("name", "signName", "role", "signRole", "signsFor", "signsFor");

    /** The survey form's fields: the login, not a mailed token, shows who answers. */
    private static final Map<String, String> SURVEY_FIELDS = Map.of("rating", "rating", "comment", "surveyComment");

    private final ComplaintService complaints;
    private final CaseCommands commands;
    private final RequestMetadata request;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final Map<Language, PortalMessages> messages;

    public PortalPage(ComplaintService complaints, CaseCommands commands, RequestMetadata request, Validator validator,
                      SecurityIdentity identity, PortalMessages english, @Localized("el") PortalMessages greek,
                      @Localized("sr") PortalMessages serbian) {
        this.complaints = complaints;
        this.commands = commands;
        this.request = request;
        this.validator = validator;
        this.identity = identity;
        this.messages = Map.of(Language.EN, english, Language.EL, greek, Language.SR, serbian);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(Page page, List<CaseRow> cases, String status, List<Choice> statuses);

        static native TemplateInstance form(Page page, FormValues form, Map<String, String> errors, List<Choice> phases,
                                            List<Choice> severities, List<Choice> remedies);

        static native TemplateInstance complaint(Page page, ComplaintDocument complaint, String status, List<Entry> timeline,
                                                 String banner, String remedy, String remedyStatus, boolean mayAnswerRemedy,
                                                 DisputeView dispute, Map<String, String> errors, String signer,
                                                 List<Choice> contestable, List<Choice> evidenceTypes, Map<String, String> typed);

        static native TemplateInstance eightD(Page page, ComplaintDocument complaint, EightDReport report);

        static native TemplateInstance missing(Page page);
    }

    /** What every portal page shows around its content. */
    public record Page(PortalMessages msg, String lang, String title, List<Pages.LanguageLink> languages) {

        /** {@code path} in this page's language. */
        public String link(String path) {
            return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
        }

        /** A form's label as a plain caption, without the mark of a required field. */
        public String caption(String label) {
            return label.endsWith(" *") ? label.substring(0, label.length() - 2) : label;
        }

        /** A case's page. */
        public String caseLink(UUID id) {
            return link("/portal/complaints/" + id);
        }

        /** Where the customer's answer to a dispute's proposal goes: {@code acceptance} or {@code rejection}. */
        public String disputeAnswer(UUID id, UUID proposalId, String answer) {
            return link("/portal/complaints/" + id + "/dispute/proposals/" + proposalId + "/" + answer);
        }

        /** Where a dispute is opened on the case, or evidence brought: {@code dispute}, {@code dispute/evidence}. */
        public String caseAction(UUID id, String action) {
            return link("/portal/complaints/" + id + "/" + action);
        }

        /** Where the customer's signature of a settlement goes. */
        public String signature(UUID id) {
            return link("/portal/complaints/" + id + "/dispute/settlement/signatures");
        }

        /** The survey's ratings, 1 to 5, in words at both ends. */
        public List<Choice> ratings() {
            return java.util.stream.IntStream.rangeClosed(1, 5)
                    .mapToObj(rating -> new Choice(String.valueOf(rating), msg.ratingChoice(rating))).toList();
        }

        /** The 8D report the supplier shared on a case. */
        public String reportLink(UUID id) {
            return link("/portal/complaints/" + id + "/8d-report");
        }

        /** A moment in this page's language and format. */
        public String when(Instant instant) {
            return dateTime(instant, Locale.forLanguageTag(lang));
        }

        /** A day in this page's language and format. */
        public String day(java.time.LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.forLanguageTag(lang)).format(date);
        }

        /** Where the customer's answer to a remedy goes: {@code acceptance} or {@code rejection}. */
        public String remedyAnswer(UUID id, String answer) {
            return link("/portal/complaints/" + id + "/remedy/" + answer);
        }
    }

    /** One of "my cases". */
    public record CaseRow(UUID id, String reference, String product, String status, String nextDue, String lastChange) {
    }

    /** A value of a select and its words. */
    public record Choice(String value, String label) {
    }

    /** A step of a case's timeline, in words. */
    public record Entry(String what, String when) {
    }

    /** The case's latest dispute as the customer reads it, with what they may answer now. */
    public record DisputeView(String status, String issue, List<Entry> evidence, List<ProposalView> proposals,
                              List<String> signatures, boolean maySign, String terms) {
    }

    /** A proposal of the dispute; {@code mayAnswer} when it is ours, open, and the customer may accept or decline it. */
    public record ProposalView(UUID id, String who, String terms, String status, boolean mayAnswer, String error) {
    }

    /** The form as the customer filled it in, to show it again with the messages. */
    public record FormValues(String partNumber, String productName, String lotNumber, String quantityAffected,
                             String remainingStock, String description, String conditions, String occurredAt, String phase,
                             String severity, String requestedRemedy, String email, String requestId) {
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> myCases(@QueryParam("status") String status, @QueryParam("lang") String lang,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Page page = page(lang, acceptLanguage, "/portal", null);
        Locale locale = Locale.forLanguageTag(page.lang());
        ComplaintStatus filter = Arrays.stream(ComplaintStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        return complaints.list(new ComplaintService.Filter(filter == null ? null : filter.name(), null, null, null), 0, 100,
                        request.caller())
                .map(found -> html(200, Templates.cases(page, found.items().stream().map(c -> new CaseRow(c.id(), c.reference(),
                                c.product().partNumber() + (c.product().name() == null ? "" : " · " + c.product().name()),
                                page.msg().statusName(c.status().name()),
                                c.nextDue() == null ? "" : page.msg().dueBy(page.msg().milestone(c.nextDue().milestone().name()),
                                        dateTime(c.nextDue().dueAt(), locale)),
                                dateTime(c.updatedAt() == null ? c.receivedAt() : c.updatedAt(), locale))).toList(),
                        filter == null ? "" : filter.name(),
                        Arrays.stream(ComplaintStatus.values()).filter(s -> s != ComplaintStatus.NONE)
                                .map(s -> new Choice(s.name(), page.msg().statusName(s.name()))).toList())));
    }

    @GET
    @Path("/complaints/new")
    @Operation(hidden = true)
    public Response newComplaint(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Page page = page(lang, acceptLanguage, "/portal/complaints/new", null);
        FormValues empty = new FormValues("", "", "", "", "", "", "", "", "", "", "", email(), UUID.randomUUID().toString());
        return form(200, page, empty, Map.of());
    }

    /** Files the complaint through the same service and rules as {@code POST /complaints}, on the WEB_FORM channel. */
    @POST
    @Path("/complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> file(@BeanParam SameOrigin origin, @QueryParam("lang") String lang,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                              @FormParam("partNumber") String partNumber, @FormParam("productName") String productName,
                              @FormParam("lotNumber") String lotNumber, @FormParam("quantityAffected") String quantityAffected,
                              @FormParam("remainingStock") String remainingStock, @FormParam("description") String description,
                              @FormParam("conditions") String conditions, @FormParam("occurredAt") String occurredAt,
                              @FormParam("phase") String phase, @FormParam("severity") String severity,
                              @FormParam("requestedRemedy") String requestedRemedy, @FormParam("email") String email,
                              @FormParam("requestId") String requestId) {
        origin.check();
        Page page = page(lang, acceptLanguage, "/portal/complaints/new", null);
        FormValues values = new FormValues(trim(partNumber), trim(productName), trim(lotNumber), trim(quantityAffected),
                trim(remainingStock), trim(description), trim(conditions), trim(occurredAt), trim(phase), trim(severity),
                trim(requestedRemedy), trim(email), trim(requestId));
        Map<String, String> errors = new LinkedHashMap<>();
        Integer affected = number(values.quantityAffected(), "quantityAffected", errors);
        Integer remaining = number(values.remainingStock(), "remainingStock", errors);
        Instant occurred = instant(values.occurredAt(), errors);
        Caller caller = request.caller();
        ComplaintForm form = new ComplaintForm(
                new ComplaintForm.CustomerForm(caller.customerId().orElse(null), caller.name() == null ? caller.username() : caller.name(),
                        blankToNull(values.email()), Language.fromCode(page.lang())),
                Channel.WEB_FORM,
                new ComplaintForm.ProductForm(blankToNull(values.partNumber()), blankToNull(values.productName())),
                blankToNull(values.lotNumber()), affected, remaining, blankToNull(values.description()),
                new ComplaintForm.OccurrenceForm(blankToNull(values.conditions()), occurred, choice(Phase.class, values.phase())),
                choice(Severity.class, values.severity()),
                values.requestedRemedy().isEmpty() ? null : choice(Remedy.class, values.requestedRemedy()));
        for (ConstraintViolation<ComplaintForm> violation : validator.validate(form)) {
            errors.putIfAbsent(field(violation.getPropertyPath().toString()), problem(violation));
        }
        if (!errors.isEmpty()) {
            errors.replaceAll((field, message) -> page.msg().fieldError(message));
            return Uni.createFrom().item(form(400, page, values, errors));
        }
        String key = values.requestId().isEmpty() ? null : "portal-" + values.requestId();
        return complaints.file(form, key, caller, request.eventMetadata())
                .map(filing -> seeOther(page.link("/portal/complaints/" + filing.complaint().id()) + "&filed=true"));
    }

    @GET
    @Path("/complaints/{id}")
    @Operation(hidden = true)
    public Uni<Response> complaint(@PathParam("id") UUID id, @QueryParam("lang") String lang,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                   @QueryParam("filed") boolean filed, @QueryParam("answered") boolean answered,
                                   @QueryParam("stale") boolean stale, @QueryParam("refused") boolean refused) {
        return show(id, lang, acceptLanguage, filed, answered, stale, refused ? Map.of("refused", "") : Map.of(), 200);
    }

    @GET
    @Path("/complaints/{id}/8d-report")
    @Operation(hidden = true)
    public Uni<Response> eightDReport(@PathParam("id") UUID id, @QueryParam("lang") String lang,
                                      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return complaints.get(id, request.caller())
                .map(complaint -> {
                    EightDReport report = complaint.correctiveAction() == null ? null : complaint.correctiveAction().report();
                    Language language = PageLanguage.choose(lang, acceptLanguage, complaint.customer().language());
                    if (report == null) {
                        return html(404, Templates.missing(page(language.code(), null, "/portal", null)));
                    }
                    Page page = page(language, "/portal/complaints/" + id + "/8d-report",
                            messages.get(language).eightDTitle(report.carReference()));
                    return html(200, Templates.eightD(page, complaint, report));
                })
                .onFailure(f -> f instanceof AggregateNotFoundException || f instanceof AccessDeniedException)
                .recoverWithItem(() -> html(404, Templates.missing(page(lang, acceptLanguage, "/portal", null))));
    }

    @POST
    @Path("/complaints/{id}/remedy/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> acceptRemedy(@BeanParam SameOrigin origin, @PathParam("id") UUID id, @QueryParam("lang") String lang,
                                      @FormParam("version") Long version) {
        origin.check();
        return answer(id, lang, version, at -> new RemedyCommand.AcceptRemedy(null, at));
    }

    @POST
    @Path("/complaints/{id}/remedy/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> rejectRemedy(@BeanParam SameOrigin origin, @PathParam("id") UUID id, @QueryParam("lang") String lang,
                                      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                      @FormParam("version") Long version, @FormParam("reason") String reason) {
        origin.check();
        RemedyResource.RejectionRequest request = new RemedyResource.RejectionRequest(blankToNull(reason));
        return checked(id, lang, acceptLanguage, request, field -> field, Map.of(), version,
                at -> new RemedyCommand.RejectRemedy(request.reason(), at));
    }

    @POST
    @Path("/complaints/{id}/dispute/proposals/{proposalId}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> acceptProposal(@BeanParam SameOrigin origin, @PathParam("id") UUID id,
                                        @PathParam("proposalId") UUID proposalId, @QueryParam("lang") String lang,
                                        @FormParam("version") Long version) {
        origin.check();
        return answer(id, lang, version, at -> new DisputeCommand.AcceptProposal(proposalId, Party.CUSTOMER, null, at));
    }

    @POST
    @Path("/complaints/{id}/dispute/proposals/{proposalId}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> rejectProposal(@BeanParam SameOrigin origin, @PathParam("id") UUID id,
                                        @PathParam("proposalId") UUID proposalId, @QueryParam("lang") String lang,
                                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                        @FormParam("version") Long version, @FormParam("reason") String reason) {
        origin.check();
        DisputeResource.ProposalRejectionRequest request = new DisputeResource.ProposalRejectionRequest(null, blankToNull(reason));
        return checked(id, lang, acceptLanguage, request, field -> "reason".equals(field) ? "proposal-" + proposalId : null,
                Map.of(), version, at -> new DisputeCommand.RejectProposal(proposalId, Party.CUSTOMER, request.reason(), at));
    }

    /** The customer signs the agreed settlement for their side; the signer as the identity provider knows them goes with it. */
    @POST
    @Path("/complaints/{id}/dispute/settlement/signatures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> sign(@BeanParam SameOrigin origin, @PathParam("id") UUID id, @QueryParam("lang") String lang,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @FormParam("version") Long version,
                              @FormParam("signName") String name, @FormParam("signRole") String role,
                              @FormParam("signsFor") String signsFor) {
        origin.check();
        DisputeResource.SignatureRequest request = new DisputeResource.SignatureRequest(null, blankToNull(name), blankToNull(role),
                blankToNull(signsFor));
        Map<String, String> typed = Map.of("signName", trim(name), "signRole", trim(role), "signsFor", trim(signsFor));
        return checked(id, lang, acceptLanguage, request, SIGNATURE_FIELDS::get, typed, version,
                at -> new DisputeCommand.SignSettlement(Party.CUSTOMER, request.name(), request.role(), request.signsFor(),
                        commands.signer(), at));
    }

    /**
     * The customer rates the handling of their closed case, under the rules of
     * {@code POST /complaints/{id}/satisfaction}; signed in, they need no mailed token, and the
     * answer is recorded as theirs.
     */
    @POST
    @Path("/complaints/{id}/satisfaction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> rate(@BeanParam SameOrigin origin, @PathParam("id") UUID id, @QueryParam("lang") String lang,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @FormParam("version") Long version,
                              @FormParam("rating") String rating, @FormParam("surveyComment") String comment) {
        origin.check();
        Integer stars = trim(rating).matches("[0-9]{1,2}") ? Integer.valueOf(trim(rating)) : null;
        SatisfactionResource.SatisfactionRequest request = new SatisfactionResource.SatisfactionRequest(null, stars, blankToNull(comment));
        Map<String, String> typed = Map.of("rating", trim(rating), "surveyComment", trim(comment));
        return checked(id, lang, acceptLanguage, request, SURVEY_FIELDS::get, typed, version,
                at -> new ComplaintCommand.RecordSatisfaction(request.rating(), request.comment(), at));
    }

    /** The customer contests the rejection, the answer or the remedy, under the rules of {@code POST /complaints/{id}/dispute}. */
    @POST
    @Path("/complaints/{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> openDispute(@BeanParam SameOrigin origin, @PathParam("id") UUID id, @QueryParam("lang") String lang,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                     @FormParam("version") Long version, @FormParam("contests") String contests,
                                     @FormParam("issueStatement") String issue, @FormParam("customerClaim") String claim) {
        origin.check();
        DisputeResource.DisputeRequest request = new DisputeResource.DisputeRequest(choice(Contested.class, trim(contests)),
                blankToNull(issue), blankToNull(claim), null);
        Map<String, String> typed = Map.of("contests", trim(contests), "issueStatement", trim(issue), "customerClaim", trim(claim));
        return checked(id, lang, acceptLanguage, request, field -> field, typed, version,
                at -> new DisputeCommand.OpenDispute(request.contests(), request.issueStatement(), request.customerClaim(), null, at));
    }

    /** The customer brings evidence (what it is, where it is kept), under the rules of {@code POST /complaints/{id}/dispute/evidence}. */
    @POST
    @Path("/complaints/{id}/dispute/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> evidence(@BeanParam SameOrigin origin, @PathParam("id") UUID id, @QueryParam("lang") String lang,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                  @FormParam("version") Long version, @FormParam("type") String type,
                                  @FormParam("description") String description, @FormParam("link") String link) {
        origin.check();
        DisputeResource.EvidenceRequest request = new DisputeResource.EvidenceRequest(choice(EvidenceType.class, trim(type)),
                blankToNull(description), blankToNull(link), null, Party.CUSTOMER, null);
        Map<String, String> typed = Map.of("type", trim(type), "description", trim(description), "link", trim(link));
        String submitter = request.submitterName() == null ? commands.caller().name() : request.submitterName();
        UUID evidenceId = UUID.randomUUID();
        return checked(id, lang, acceptLanguage, request, field -> field, typed, version, at -> new DisputeCommand.SubmitEvidence(evidenceId,
                request.type(), request.description(), request.link(), null, Party.CUSTOMER, submitter, at));
    }

    /**
     * Runs the command when {@code request}, the API's own request record, keeps the API's rules;
     * else the case page again, with the messages at the fields. {@code formField} names the
     * form's field for a property of the record, or null for one the form does not ask for.
     */
    private <R> Uni<Response> checked(UUID id, String lang, String acceptLanguage, R request,
                                      java.util.function.Function<String, String> formField, Map<String, String> typed, Long version,
                                      java.util.function.Function<Instant, io.rectify.complaint.domain.ComplaintCommand> command) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<R> violation : validator.validate(request)) {
            String field = formField.apply(violation.getPropertyPath().toString());
            if (field != null) {
                errors.putIfAbsent(field, problem(violation));
            }
        }
        if (errors.isEmpty()) {
            return answer(id, lang, version, command);
        }
        PortalMessages msg = messages.get(PageLanguage.choose(lang, acceptLanguage));
        errors.replaceAll((field, message) -> msg.fieldError(message));
        return show(id, lang, acceptLanguage, false, false, false, errors, typed, 400);
    }

    private static DisputeView dispute(ComplaintDocument complaint, PortalMessages msg, Locale locale, Map<String, String> errors) {
        if (complaint.disputes() == null || complaint.disputes().isEmpty()) {
            return null;
        }
        io.rectify.complaint.rest.api.Dispute dispute = complaint.disputes().get(complaint.disputes().size() - 1);
        boolean mayAnswer = complaint.allowedCommands().contains("dispute/proposals/{proposalId}/acceptance");
        List<Entry> evidence = dispute.evidence().stream().map(e -> new Entry(e.description() + (e.link() == null ? "" : " – " + e.link()),
                msg.party(e.submittedBy().name()) + ", " + dateTime(e.submittedAt(), locale))).toList();
        List<ProposalView> proposals = dispute.proposals().stream().map(p -> new ProposalView(p.id(), msg.proposedBy(p.proposedBy().name()),
                terms(p.terms(), msg, locale), msg.proposalStatus(p.status().name()),
                mayAnswer && p.proposedBy() == Party.SUPPLIER && "OPEN".equals(p.status().name()), errors.get("proposal-" + p.id()))).toList();
        List<String> signatures = dispute.signatures().stream().map(sig -> msg.signedBy(sig.name(), msg.party(sig.party().name()),
                dateTime(sig.signedAt(), locale))).toList();
        boolean customerSigned = dispute.signatures().stream().anyMatch(sig -> sig.party() == Party.CUSTOMER);
        String agreed = dispute.proposals().stream().filter(p -> "ACCEPTED".equals(p.status().name())).reduce((a, b) -> b)
                .map(p -> terms(p.terms(), msg, locale)).orElse(null);
        return new DisputeView(msg.disputeStatus(dispute.status().name()), dispute.issueStatement(), evidence, proposals, signatures,
                !customerSigned && complaint.allowedCommands().contains("dispute/settlement/signatures"), agreed);
    }

    private static String terms(io.rectify.complaint.rest.api.Resolution terms, PortalMessages msg, Locale locale) {
        return terms.terms() + (terms.remedy() == null ? "" : " (" + describe(terms.remedy(), msg, locale) + ")");
    }

    /** Runs the customer's answer on the version they saw; a case that changed meanwhile is shown again. */
    private Uni<Response> answer(UUID id, String lang, Long version, java.util.function.Function<Instant, io.rectify.complaint.domain.ComplaintCommand> command) {
        String back = "/portal/complaints/" + id + "?lang=" + PageLanguage.choose(lang, null).code();
        return commands.run(id, version == null ? null : "\"" + version + "\"", command)
                .map(done -> seeOther(back + "&answered=true"))
                .onFailure(StaleVersionException.class).recoverWithItem(() -> seeOther(back + "&stale=true"))
                .onFailure(CommandRejectedException.class).recoverWithItem(() -> seeOther(back + "&refused=true"));
    }

    private Uni<Response> show(UUID id, String lang, String acceptLanguage, boolean filed, boolean answered, boolean stale,
                               Map<String, String> errors, int status) {
        return show(id, lang, acceptLanguage, filed, answered, stale, errors, Map.of(), status);
    }

    /** The case page; {@code typed} is what a form the page shows again held, beside its {@code errors}. */
    private Uni<Response> show(UUID id, String lang, String acceptLanguage, boolean filed, boolean answered, boolean stale,
                               Map<String, String> errors, Map<String, String> typed, int status) {
        Caller caller = request.caller();
        return complaints.get(id, caller).chain(complaint -> complaints.history(id, 0, 500, caller).map(history -> {
                    // a browser whose languages we do not speak reads the case in the language it was filed in
                    Page page = page(PageLanguage.choose(lang, acceptLanguage, complaint.customer().language()).code(), null,
                            "/portal/complaints/" + id, complaint.reference());
                    PortalMessages msg = page.msg();
                    Locale locale = Locale.forLanguageTag(page.lang());
                    List<Entry> timeline = history.stream().map(event -> new Entry(msg.event(shortType(event)),
                            dateTime(event.occurredAt(), locale))).toList();
                    String banner = filed ? msg.filed(complaint.reference(), complaint.deadlines().stream()
                            .filter(d -> d.milestone().name().equals("ACKNOWLEDGEMENT")).findFirst()
                            .map(d -> dateTime(d.dueAt(), locale)).orElse("–"))
                            : answered ? msg.answered() : stale ? msg.stale() : errors.containsKey("refused") ? msg.refused() : null;
                    var remedy = complaint.remedy();
                    boolean offered = remedy != null && remedy.offer() != null;
                    return html(status, Templates.complaint(page, complaint, msg.statusName(complaint.status().name()), timeline,
                            banner, offered ? msg.offered(describe(remedy.offer(), msg, locale)) : null,
                            offered ? msg.remedyStatus(remedy.status().name()) : null,
                            complaint.allowedCommands().contains("remedy/acceptance"), dispute(complaint, msg, locale, errors), errors,
                            caller.name() == null ? caller.username() : caller.name(),
                            complaint.allowedCommands().contains("dispute")
                                    ? Arrays.stream(Contested.values()).map(c -> new Choice(c.name(), msg.contested(c.name()))).toList()
                                    : List.of(),
                            complaint.allowedCommands().contains("dispute/evidence")
                                    ? Arrays.stream(EvidenceType.values()).map(t -> new Choice(t.name(), msg.evidenceTypeName(t.name()))).toList()
                                    : List.of(),
                            typed));
                }))
                .onFailure(f -> f instanceof AggregateNotFoundException || f instanceof AccessDeniedException)
                .recoverWithItem(() -> html(404, Templates.missing(page(lang, acceptLanguage, "/portal", null))));
    }

    private static String describe(io.rectify.complaint.rest.api.RemedyOffer offer, PortalMessages msg, Locale locale) {
        StringBuilder text = new StringBuilder(msg.remedyName(offer.type().name()));
        if (offer.quantity() != null) {
            text.append(", ").append(msg.pieces(offer.quantity()));
        }
        if (offer.credit() != null) {
            NumberFormat amount = NumberFormat.getNumberInstance(locale);
            amount.setMinimumFractionDigits(2);
            text.append(", ").append(amount.format(offer.credit().amount())).append(' ').append(offer.credit().currency());
        }
        if (offer.rmaNumber() != null) {
            text.append(", RMA ").append(offer.rmaNumber());
        }
        return text.toString();
    }

    /** {@code received} from {@code io.rectify.complaint.received.v1}. */
    private static String shortType(RecordedEvent event) {
        return event.type().replaceFirst("^io\\.rectify\\.complaint\\.", "").replaceFirst("\\.v\\d+$", "");
    }

    private Page page(String lang, String acceptLanguage, String path, String reference) {
        Language language = PageLanguage.choose(lang, acceptLanguage);
        PortalMessages msg = messages.get(language);
        return page(language, path, reference == null ? msg.title() : msg.caseTitle(reference));
    }

    private Page page(Language language, String path, String title) {
        return new Page(messages.get(language), language.code(), title, Pages.languageLinks(code -> path + "?lang=" + code));
    }

    private Response form(int status, Page page, FormValues values, Map<String, String> errors) {
        PortalMessages msg = page.msg();
        return html(status, Templates.form(page, values, errors,
                Arrays.stream(Phase.values()).map(p -> new Choice(p.name(), msg.phaseName(p.name()))).toList(),
                Arrays.stream(Severity.values()).map(s -> new Choice(s.name(), msg.severityName(s.name()))).toList(),
                Arrays.stream(Remedy.values()).map(r -> new Choice(r.name(), msg.remedyName(r.name()))).toList()));
    }

    /** The e-mail address the identity provider knows for the user, to start the form with. */
    private String email() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("email") != null) {
            return token.<Object>getClaim("email").toString();
        }
        return "";
    }

    /** The form's field a violation of {@link ComplaintForm}'s rules is about. */
    private static String field(String path) {
        return switch (path) {
            case "customer.email" -> "email";
            case "product.partNumber" -> "partNumber";
            case "product.name" -> "productName";
            case "occurrence.conditions" -> "conditions";
            case "occurrence.occurredAt" -> "occurredAt";
            case "occurrence.phase" -> "phase";
            default -> path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        };
    }

    /** The kind of a violation, as the field's message names it. */
    private static String problem(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotBlank" -> "required";
            case "NotNull" -> violation.getPropertyPath().toString().matches(".*(phase|severity|contests|type|rating)") ? "choose" : "required";
            case "Positive" -> "positive";
            case "PositiveOrZero" -> "notNegative";
            case "Size" -> "tooLong";
            case "Email" -> "email";
            case "PastOrPresent" -> "date";
            case "Pattern" -> "url";
            case "Min", "Max" -> "choose";
            default -> "required";
        };
    }

    private static Integer number(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(field, "number");
            return null;
        }
    }

    /** {@code datetime-local} as the browser sends it, taken as UTC (the page says so). */
    private static Instant instant(String value, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.put("occurredAt", "date");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst().orElse(null);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static Response html(int status, TemplateInstance page) {
        return Pages.html(status, page, CONTENT_SECURITY_POLICY);
    }
}
