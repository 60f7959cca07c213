package io.rectify.complaint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.rectify.contracts.common.Language;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** Where Keycloak sends the browser after {@code /logout}: a page that needs no login, with the way back in. */
@Path("/logged-out")
@Produces(MediaType.TEXT_HTML)
public class LoggedOutPage {

    private final Map<Language, PortalMessages> messages;

    public LoggedOutPage(PortalMessages english, @Localized("el") PortalMessages greek, @Localized("sr") PortalMessages serbian) {
        this.messages = Map.of(Language.EN, english, Language.EL, greek, Language.SR, serbian);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance loggedOut(PortalMessages msg, String lang);
    }

    @GET
    @Operation(hidden = true)
    public String page(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = PageLanguage.choose(lang, acceptLanguage);
        return Templates.loggedOut(messages.get(language), language.code()).render();
    }
}
