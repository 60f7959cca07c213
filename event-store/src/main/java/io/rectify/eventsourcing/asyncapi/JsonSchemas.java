package io.rectify.eventsourcing.asyncapi;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (draft 07, as AsyncAPI 3.0 takes them) of the contract's records, as the services'
 * Jackson writes them: every component is present (null included), dates and times as ISO-8601
 * strings, enums by their name (or their {@code @JsonValue}). Nested records go to
 * {@code components/schemas} once and are referenced. A type it does not know is an error: the
 * build stops rather than publish a schema that says less than the code.
 */
final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String COMPONENTS = "#/components/schemas/";

    /** The component schemas written so far, by name. */
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new java.util.HashMap<>();

    Map<String, ObjectNode> components() {
        return components;
    }

    /** The schema of an event's data: the record's own object schema, its nested records referenced. */
    ObjectNode ofRecord(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is not a record");
        }
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), of(component.getGenericType()));
            required.add(component.getName());
        }
        return schema;
    }

    private ObjectNode of(Type type) {
        if (type instanceof Class<?> plain && plain.isPrimitive()) {
            return primitive(plain);
        }
        return nullable(nonNull(type));
    }

    private ObjectNode nonNull(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.createObjectNode().put("type", "array");
                array.set("items", of(arguments[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.createObjectNode().put("type", "object");
                map.set("additionalProperties", of(arguments[1]));
                return map;
            }
        }
        if (!(type instanceof Class<?> plain)) {
            throw new IllegalArgumentException("no JSON Schema for " + type.getTypeName());
        }
        if (plain == String.class) {
            return string(null);
        }
        if (plain == UUID.class) {
            return string("uuid");
        }
        if (plain == Instant.class || plain == OffsetDateTime.class) {
            return string("date-time");
        }
        if (plain == LocalDate.class) {
            return string("date");
        }
        if (plain == Duration.class) {
            return string("duration");
        }
        if (plain == Integer.class || plain == Long.class || plain == Short.class || plain == BigInteger.class) {
            return JSON.createObjectNode().put("type", "integer");
        }
        if (plain == Double.class || plain == Float.class || plain == BigDecimal.class) {
            return JSON.createObjectNode().put("type", "number");
        }
        if (plain == Boolean.class) {
            return JSON.createObjectNode().put("type", "boolean");
        }
        if (plain.isEnum()) {
            ObjectNode schema = string(null);
            ArrayNode values = schema.putArray("enum");
            for (Object constant : plain.getEnumConstants()) {
                values.add(wireValue((Enum<?>) constant));
            }
            return schema;
        }
        if (plain.isRecord()) {
            return JSON.createObjectNode().put("$ref", COMPONENTS + component(plain));
        }
        throw new IllegalArgumentException("no JSON Schema for " + plain.getName());
    }

    private String component(Class<?> record) {
        String known = names.get(record);
        if (known != null) {
            return known;
        }
        String name = record.getSimpleName();
        if (components.containsKey(name)) {
            String pkg = record.getPackageName();
            name = Character.toUpperCase(pkg.charAt(pkg.lastIndexOf('.') + 1)) + pkg.substring(pkg.lastIndexOf('.') + 2) + name;
        }
        names.put(record, name);
        components.put(name, JSON.createObjectNode()); // reserved before recursing: records may nest each other
        components.put(name, ofRecord(record).put("title", name));
        return name;
    }

    private static ObjectNode primitive(Class<?> type) {
        String json = type == boolean.class ? "boolean" : type == double.class || type == float.class ? "number" : "integer";
        return JSON.createObjectNode().put("type", json);
    }

    private static ObjectNode string(String format) {
        ObjectNode schema = JSON.createObjectNode().put("type", "string");
        return format == null ? schema : schema.put("format", format);
    }

    /** Jackson writes null for an absent value: every reference type may be null. */
    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode either = JSON.createObjectNode();
            either.putArray("oneOf").add(schema).add(JSON.createObjectNode().put("type", "null"));
            return either;
        }
        String type = schema.get("type").asText();
        schema.putArray("type").add(type).add("null");
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        }
        return schema;
    }

    private static String wireValue(Enum<?> constant) {
        for (Method method : constant.getDeclaringClass().getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                try {
                    return String.valueOf(method.invoke(constant));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constant.name();
    }
}
