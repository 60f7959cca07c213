package io.rectify.complaint.web;

import io.quarkus.qute.TemplateInstance;
import io.rectify.contracts.common.Language;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** What the dashboard's and the portal's pages share: how a page is answered, and the links to it in every language. */
final class Pages {

    private Pages() {
    }

    /** A link to the same page in another language, named in that language. */
    public record LanguageLink(String code, String name, String href) {
    }

    /** The page in each language we speak; {@code href} gives its address for a language code. */
    static List<LanguageLink> languageLinks(Function<String, String> href) {
        return Arrays.stream(Language.values()).map(language -> new LanguageLink(language.code(),
                PageLanguage.locale(language).getDisplayLanguage(PageLanguage.locale(language)), href.apply(language.code()))).toList();
    }

    /** The rendered page, never cached (it holds one user's data), under the page's content security policy. */
    static Response html(int status, TemplateInstance page, String contentSecurityPolicy) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", contentSecurityPolicy)
                .header("Cache-Control", "no-store")
                .build();
    }
}
