package io.rectify.complaint.web;

import io.rectify.contracts.common.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The language a page is shown in: the one the user chose ({@code ?lang=}), else the browser's preference, else English. */
public final class PageLanguage {

    private static final List<String> CODES = Arrays.stream(Language.values()).map(Language::code).toList();

    private PageLanguage() {
    }

    public static Language choose(String chosen, String acceptLanguage) {
        return choose(chosen, acceptLanguage, Language.EN);
    }

    /** As {@link #choose(String, String)}, with {@code otherwise} (e.g. the case's language) when neither names one we speak. */
    public static Language choose(String chosen, String acceptLanguage, Language otherwise) {
        if (chosen != null && CODES.contains(chosen.trim().toLowerCase(Locale.ROOT))) {
            return Language.fromCode(chosen);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), CODES);
                if (best != null) {
                    return Language.fromCode(best);
                }
            } catch (IllegalArgumentException malformed) {
                // a header no browser sends: the default language
            }
        }
        return otherwise == null ? Language.EN : otherwise;
    }

    public static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }
}
