package io.rectify.eventsourcing.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonInputRulesTest {

    record Form(String text, Instant at, LocalDate due, Duration within) {
    }

    private final ObjectMapper json = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonInputRules().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "a\\u0007b", "\\u001b[31mred", "x\\u007f", "lone \\ud800 high", "lone \\udc00 low"})
    void textWithControlCharactersOrLoneSurrogatesIsRefusedNamingTheField(String text) {
        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> json.readValue("{\"text\": \"" + text + "\"}", Form.class));
        assertEquals("text", ProblemMappers.pathOf(refused.getPath()));
    }

    @Test
    void lineBreaksTabsAndAnyLanguageAreText() throws Exception {
        String text = "Zeile 1\nΓραμμή 2\tРед 3\r\n😀";
        assertEquals(text, json.readValue("{\"text\": \"Zeile 1\\nΓραμμή 2\\tРед 3\\r\\n😀\"}", Form.class).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"at\": \"+999999-01-01T00:00:00Z\"}", "{\"at\": \"-5000-01-01T00:00:00Z\"}",
            "{\"due\": \"+999999-01-01\"}", "{\"due\": \"-5000-01-01\"}", "{\"due\": \"1899-12-31\"}",
            "{\"within\": \"PT9999999999999H\"}", "{\"within\": \"P3651D\"}", "{\"within\": \"-P3651D\"}"})
    void timesDatesAndDurationsOutOfRangeAreRefused(String body) {
        assertThrows(JsonMappingException.class, () -> json.readValue(body, Form.class), body);
    }

    @Test
    void saneTimesDatesAndDurationsPass() throws Exception {
        Form form = json.readValue("{\"at\": \"2026-12-01T10:00:00Z\", \"due\": \"2999-12-31\", \"within\": \"P3650D\"}", Form.class);
        assertEquals(LocalDate.parse("2999-12-31"), form.due());
        assertEquals(Duration.ofDays(3_650), form.within());
    }

    @Test
    void recordedHistoryIsReadAsItWasWritten() throws Exception {
        Form recorded = json.readerFor(Form.class).withAttribute(JsonInputRules.RECORDED, Boolean.TRUE)
                .readValue("{\"text\": \"bell \\u0007\", \"due\": \"1850-01-01\"}");
        assertEquals("bell \u0007", recorded.text());
        assertEquals(1850, recorded.due().getYear());
    }
}
