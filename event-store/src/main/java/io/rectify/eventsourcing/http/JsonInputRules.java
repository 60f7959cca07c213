package io.rectify.eventsourcing.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every JSON body may hold, enforced while it is read, so that a bad value is refused as the
 * field it came in (400 naming it) before anything is decided or stored: text by {@link TextRules};
 * times and dates between the years {@value #FIRST_YEAR} and {@value #LAST_YEAR}; durations of at
 * most {@value #MAX_DURATION_DAYS} days either way.
 *
 * <p>Recorded history (the event store, events consumed from Kafka) is read as it was written:
 * readers of it set the attribute {@link #RECORDED}, and these rules stand aside.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    public static final String RECORDED = "rectify.recorded-history";
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    public static final long MAX_DURATION_DAYS = 3_650;

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("rectify-input-rules")
                .addDeserializer(String.class, new CheckedText())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                                  JsonDeserializer<?> deserializer) {
                        Class<?> type = description.getBeanClass();
                        return type == Instant.class || type == LocalDate.class || type == Duration.class
                                ? new RangeChecked(deserializer) : deserializer;
                    }
                }));
    }

    static boolean recorded(DeserializationContext context) {
        return Boolean.TRUE.equals(context.getAttribute(RECORDED));
    }

    static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = recorded(context) ? null : TextRules.problemWith(text);
            if (problem != null) {
                throw context.weirdStringException(text, String.class, problem);
            }
            return text;
        }
    }

    static final class RangeChecked extends DelegatingDeserializer {

        RangeChecked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new RangeChecked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String problem = recorded(context) ? null : problemWith(value);
            if (problem != null) {
                throw context.weirdStringException(String.valueOf(value), value.getClass(), problem);
            }
            return value;
        }

        private static final String OUT_OF_YEARS = "must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR;

        static String problemWith(Object value) {
            if (value instanceof Instant instant) {
                int year = instant.atOffset(ZoneOffset.UTC).getYear();
                return year < FIRST_YEAR || year > LAST_YEAR ? OUT_OF_YEARS : null;
            }
            if (value instanceof LocalDate date) {
                return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? OUT_OF_YEARS : null;
            }
            if (value instanceof Duration duration) {
                return duration.abs().compareTo(Duration.ofDays(MAX_DURATION_DAYS)) > 0
                        ? "must be at most " + MAX_DURATION_DAYS + " days (P" + MAX_DURATION_DAYS + "D)" : null;
            }
            return null;
        }
    }

}
