package io.rectify.contracts.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The languages customers are written to in; the wire form is the ISO 639-1 code. */
public enum Language {
    EN, EL, SR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Language fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + code + "', expected one of en, el, sr");
    }
}
