package io.rectify.complaint.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the customer portal, in English here and in Greek and Serbian (Cyrillic) in
 * {@code messages/portal_el.properties} and {@code portal_sr.properties}: what a customer reads,
 * never an event type's or a field's technical name.
 */
@MessageBundle(value = "portal", locale = "en")
public interface PortalMessages {

    @Message("Your complaints")
    String title();

    @Message("Report a problem")
    String newComplaint();

    @Message("Log out")
    String logout();

    @Message("Language")
    String language();

    @Message("Status")
    String status();

    @Message("all")
    String all();

    @Message("Show")
    String apply();

    @Message("Reference")
    String reference();

    @Message("Product")
    String product();

    @Message("Next step due")
    String nextDue();

    @Message("Last change")
    String lastChange();

    @Message("You have no complaints with us yet.")
    String none();

    @Message("{#when status}{#is 'RECEIVED'}Received{#is 'ACKNOWLEDGED'}Acknowledged: we are looking into it"
            + "{#is 'UNDER_ANALYSIS'}Being analysed{#is 'CORRECTIVE_ACTION'}Corrective action under way"
            + "{#is 'RESPONDED'}Answered: we are checking that the fix works{#is 'MONITORING'}Fix being monitored"
            + "{#is 'CLOSED'}Closed{#is 'REJECTED'}Not accepted{#else}{status}{/when}")
    String statusName(String status);

    @Message("{#when milestone}{#is 'ACKNOWLEDGEMENT'}our acknowledgement{#is 'CONTAINMENT'}containment of the stock"
            + "{#is 'RESPONSE'}our answer{#is 'CLOSURE'}closure{#else}{milestone}{/when}")
    String milestone(String milestone);

    @Message("{milestone} by {date}")
    String dueBy(String milestone, String date);

    // the form

    @Message("Report a problem with a product")
    String formTitle();

    @Message("Fields marked * are required. We answer within the times agreed with you.")
    String formIntro();

    @Message("Part number *")
    String partNumber();

    @Message("Product name")
    String productName();

    @Message("Lot or batch number *")
    String lotNumber();

    @Message("Pieces affected *")
    String quantityAffected();

    @Message("Pieces you still hold *")
    String remainingStock();

    @Message("What is wrong? *")
    String description();

    @Message("Under which conditions did it happen? *")
    String conditions();

    @Message("When did it happen? *")
    String occurredAt();

    @Message("Where was it found? *")
    String phase();

    @Message("{#when phase}{#is 'INCOMING_INSPECTION'}At incoming inspection{#is 'PRODUCTION'}In production"
            + "{#is 'FIELD'}In the field, at the end customer{#is 'OTHER'}Elsewhere{#else}{phase}{/when}")
    String phaseName(String phase);

    @Message("How severe is it? *")
    String severity();

    @Message("{#when severity}{#is 'CRITICAL'}Critical: safety, or a line stopped{#is 'MAJOR'}Major: parts cannot be used"
            + "{#is 'MINOR'}Minor: parts can be used with a deviation{#else}{severity}{/when}")
    String severityName(String severity);

    @Message("What would you like us to do?")
    String requestedRemedy();

    @Message("{#when remedy}{#is 'RETURN'}Take the parts back{#is 'REPAIR'}Repair the parts{#is 'REPLACEMENT'}Replace the parts"
            + "{#is 'CREDIT'}A credit note{#is 'NONE'}Nothing in particular{#else}{remedy}{/when}")
    String remedyName(String remedy);

    @Message("Contact e-mail *")
    String email();

    @Message("Send")
    String send();

    @Message("Please correct the fields marked below.")
    String formInvalid();

    @Message("{#when message}{#is 'required'}Please fill this in.{#is 'number'}Please enter a whole number."
            + "{#is 'positive'}Please enter a number greater than 0.{#is 'notNegative'}Please enter 0 or more."
            + "{#is 'date'}Please enter a date and time, not in the future.{#is 'tooLong'}This is too long."
            + "{#is 'email'}Please enter an e-mail address.{#is 'choose'}Please choose one."
            + "{#is 'url'}Please enter a web address starting with http:// or https://.{#else}{message}{/when}")
    String fieldError(String message);

    // a case

    @Message("Complaint {reference}")
    String caseTitle(String reference);

    @Message("Thank you. We have received your complaint as {reference}. We will acknowledge it by {date} and "
            + "keep you informed here and by e-mail.")
    String filed(String reference, String date);

    @Message("What happened")
    String timeline();

    @Message("{#when type}{#is 'received'}We received your complaint{#is 'acknowledged'}We acknowledged it"
            + "{#is 'analysed'}We analysed the problem and contained the stock{#is 'corrective-action-requested'}"
            + "We started a corrective action (8D){#is 'corrective-action-linked'}The corrective action was opened"
            + "{#is 'corrective-action-progressed'}The corrective action moved on{#is 'response-issued'}We answered you"
            + "{#is 'follow-up-recorded'}We checked that the fix works{#is 'closed'}The case was closed"
            + "{#is 'rejected'}We could not accept the complaint{#is 'reopened'}The case was opened again"
            + "{#is 'deadline-missed'}We missed a date we had agreed{#is 'remedy-proposed'}We offered a remedy"
            + "{#is 'remedy-accepted'}The remedy was accepted{#is 'remedy-rejected'}The remedy was declined"
            + "{#is 'remedy-fulfilment-recorded'}The remedy is being carried out{#is 'dispute-opened'}A dispute was opened"
            + "{#is 'satisfaction-recorded'}Your rating was recorded"
            + "{#is 'dispute-evidence-submitted'}Evidence was added to the dispute{#is 'settlement-proposed'}A settlement was proposed{#is 'settlement-proposal-accepted'}A proposal was accepted{#is 'settlement-proposal-rejected'}A proposal was declined{#is 'settlement-signed'}The settlement was signed{#is 'dispute-settled'}The dispute was settled in writing{#is 'mediation-started'}A mediator was brought in{#is 'mediation-concluded'}The mediator decided{#is 'dispute-withdrawn'}The dispute was withdrawn"
            + "{#is 'eight-d-report-shared'}We shared our 8D report with you"
            + "{#else}The case was updated{/when}")
    String event(String type);

    @Message("Our answer")
    String response();

    @Message("Root cause")
    String rootCause();

    @Message("Corrective action")
    String correctiveAction();

    @Message("Preventive action")
    String preventiveAction();

    @Message("Remedy")
    String remedy();

    @Message("We offer: {offer}")
    String offered(String offer);

    @Message("{#when status}{#is 'PROPOSED'}Waiting for your answer{#is 'ACCEPTED'}You accepted it"
            + "{#is 'REJECTED'}You declined it{#is 'FULFILLED'}Carried out{#else}{status}{/when}")
    String remedyStatus(String status);

    @Message("Accept")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Why do you decline? *")
    String declineReason();

    @Message("Your answer was recorded.")
    String answered();

    @Message("This case has changed meanwhile; please look at it again.")
    String stale();

    @Message("Back to your complaints")
    String back();

    @Message("What you reported")
    String reported();

    @Message("{count} pcs")
    String pieces(int count);

    @Message("This complaint is not among yours.")
    String notFound();

    @Message("You are logged out.")
    String loggedOut();

    // a dispute (ISO 10003)

    @Message("Dispute")
    String dispute();

    @Message("{#when status}{#is 'NEGOTIATION'}Open: evidence and proposals are exchanged{#is 'AWAITING_SIGNATURES'}Agreed: waiting for signatures"
            + "{#is 'IN_MEDIATION'}With a mediator{#is 'SETTLED'}Settled in writing{#is 'MEDIATED'}Decided by the mediator"
            + "{#is 'WITHDRAWN'}Withdrawn{#else}{status}{/when}")
    String disputeStatus(String status);

    @Message("Evidence")
    String evidence();

    @Message("Proposals")
    String proposals();

    @Message("{#when party}{#is 'CUSTOMER'}You proposed{#is 'SUPPLIER'}We proposed{#else}{party}{/when}")
    String proposedBy(String party);

    @Message("{#when status}{#is 'OPEN'}open{#is 'ACCEPTED'}accepted{#is 'REJECTED'}declined{#is 'SUPERSEDED'}replaced{#else}{status}{/when}")
    String proposalStatus(String status);

    @Message("Sign the settlement")
    String signTitle();

    @Message("Your name *")
    String signName();

    @Message("Your role *")
    String signRole();

    @Message("On behalf of (company) *")
    String signsFor();

    @Message("Sign")
    String sign();

    // the satisfaction survey of a closed case

    @Message("How did we handle your complaint?")
    String surveyTitle();

    @Message("Your rating *")
    String surveyRating();

    @Message("{#when rating}{#is 1}1 – very dissatisfied{#is 5}5 – very satisfied{#else}{rating}{/when}")
    String ratingChoice(int rating);

    @Message("Anything we should know (optional)")
    String surveyComment();

    @Message("Send my rating")
    String sendRating();

    @Message("You rated our handling {rating} of 5.")
    String rated(int rating);

    @Message("Signed by {name} ({party}) on {date}")
    String signedBy(String name, String party, String date);

    @Message("{#when party}{#is 'CUSTOMER'}you{#is 'SUPPLIER'}us{#else}{party}{/when}")
    String party(String party);

    @Message("Not satisfied? Open a dispute")
    String openDispute();

    @Message("What do you contest? *")
    String contests();

    @Message("{#when contested}{#is 'REJECTION'}That you did not accept the complaint{#is 'RESPONSE'}Your answer"
            + "{#is 'REMEDY'}The remedy offered{#else}{contested}{/when}")
    String contested(String contested);

    @Message("What do you object to? *")
    String issueStatement();

    @Message("What do you ask for? *")
    String customerClaim();

    @Message("Open the dispute")
    String open();

    @Message("Add evidence")
    String addEvidence();

    @Message("Kind of evidence *")
    String evidenceType();

    @Message("{#when type}{#is 'DOCUMENT'}Document{#is 'PHOTO'}Photo{#is 'MEASUREMENT'}Measurement{#is 'TEST_REPORT'}Test report"
            + "{#is 'SAMPLE'}Sample{#is 'CORRESPONDENCE'}Correspondence{#is 'OTHER'}Other{#else}{type}{/when}")
    String evidenceTypeName(String type);

    @Message("What it shows *")
    String evidenceDescription();

    @Message("Where it is kept (a web address)")
    String evidenceLink();

    @Message("Add")
    String add();

    @Message("We could not record this now: the case does not allow it at this step.")
    String refused();

    @Message("The 8D report we shared with you ({date})")
    String eightDLink(String date);

    @Message("Back to complaint {reference}")
    String backToCase(String reference);

    @Message("8D report {reference}")
    String eightDTitle(String reference);

    @Message("What we found and did about your complaint {reference}, as shared with you on {date}.")
    String eightDShared(String reference, String date);

    @Message("Not recorded yet.")
    String notYet();

    @Message("D1 · The team")
    String d1Team();

    @Message("team leader")
    String teamLeader();

    @Message("D2 · The problem")
    String d2Problem();

    @Message("What")
    String problemWhat();

    @Message("Why it matters")
    String problemWhy();

    @Message("Where")
    String problemWhere();

    @Message("When")
    String problemWhen();

    @Message("Who found it")
    String problemWho();

    @Message("How it was found")
    String problemHow();

    @Message("How many")
    String problemHowMany();

    @Message("Is / is not")
    String isIsNot();

    @Message("Looking at")
    String isIsNotDimension();

    @Message("Is")
    String isIsNotIs();

    @Message("Is not")
    String isIsNotIsNot();

    @Message("D3 · Containment")
    String d3Containment();

    @Message("At your site")
    String atCustomer();

    @Message("In transit")
    String inTransit();

    @Message("At our site")
    String inHouse();

    @Message("How we checked it")
    String checkedBy();

    @Message("D4 · Root cause")
    String d4RootCause();

    @Message("Why it happened")
    String occurrence();

    @Message("Why our checks missed it")
    String escape();

    @Message("{#when method}{#is 'FIVE_WHY'}5 Why{#is 'ISHIKAWA'}Ishikawa diagram{#is 'FAULT_TREE'}fault tree{#is 'IS_IS_NOT'}is / is not{#else}other analysis{/when}")
    String analysisMethod(String method);

    @Message("{#when category}{#is 'MAN'}people{#is 'MACHINE'}machine{#is 'MATERIAL'}material{#is 'METHOD'}method{#is 'MEASUREMENT'}measurement{#is 'ENVIRONMENT'}environment{#else}{category}{/when}")
    String causeCategory(String category);

    @Message("D5 and D6 · Actions")
    String d5Actions();

    @Message("Action")
    String action();

    @Message("Kind")
    String actionKind();

    @Message("Owner")
    String actionOwner();

    @Message("Due")
    String actionDue();

    @Message("Done")
    String actionDone();

    @Message("{#when type}{#is 'CORRECTIVE'}corrective{#is 'PREVENTIVE'}preventive{#else}{type}{/when}")
    String actionType(String type);

    @Message("not yet")
    String actionOpen();

    @Message("D7 · Preventing it from coming back")
    String d7Prevention();

    @Message("Process FMEA")
    String pfmea();

    @Message("Control plan")
    String controlPlan();

    @Message("Work instructions changed")
    String workInstructions();

    @Message("Similar products checked")
    String similarProducts();

    @Message("Does the fix work?")
    String effectiveness();

    @Message("{#when result}{#is 'EFFECTIVE'}Yes: verified as effective{#is 'NOT_EFFECTIVE'}No: not effective, the root cause is being analysed again{#else}{result}{/when}")
    String effectivenessResult(String result);

    @Message("observed {from} to {until}")
    String observed(String from, String until);

    @Message("Criteria")
    String criteria();

    @Message("What we observed")
    String observation();

    @Message("D8 · Closure")
    String d8Closure();

    @Message("The 8D was closed on {date}.")
    String eightDClosed(String date);

    @Message("The 8D is still in progress.")
    String eightDOpen();

    @Message("Lessons learned")
    String lessonsLearned();
}
