package io.rectify.contracts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the event records of one sealed hierarchy to their CloudEvents type names and back.
 * Built from the hierarchy itself (sealed interfaces inside it group events, e.g. a dispute's),
 * so a new event record cannot be forgotten here.
 */
public final class EventTypes<E> {

    private static final Pattern TYPE_NAME = Pattern.compile("io\\.rectify\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*");

    private final Class<E> root;
    private final Map<String, Class<? extends E>> classesByName;
    private final Map<Class<?>, String> namesByClass;

    private EventTypes(Class<E> root) {
        if (!root.isSealed()) {
            throw new IllegalArgumentException(root.getName() + " must be a sealed interface of event records");
        }
        this.root = root;
        Map<String, Class<? extends E>> byName = new LinkedHashMap<>();
        Map<Class<?>, String> byClass = new LinkedHashMap<>();
        for (Class<?> permitted : records(root)) {
            EventType type = permitted.getAnnotation(EventType.class);
            if (type == null || !permitted.isRecord()) {
                throw new IllegalArgumentException(permitted.getName() + " must be a record annotated with @EventType");
            }
            if (!TYPE_NAME.matcher(type.value()).matches()) {
                throw new IllegalArgumentException(type.value() + " is not of the form io.rectify.<aggregate>.<event>.v<N>");
            }
            if (byName.put(type.value(), permitted.asSubclass(root)) != null) {
                throw new IllegalArgumentException("two records claim the type " + type.value());
            }
            byClass.put(permitted, type.value());
        }
        this.classesByName = Collections.unmodifiableMap(byName);
        this.namesByClass = Collections.unmodifiableMap(byClass);
    }

    /** The records of a sealed hierarchy, through the sealed interfaces that group some of them. */
    private static List<Class<?>> records(Class<?> sealed) {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isInterface() && permitted.isSealed()) {
                records.addAll(records(permitted));
            } else {
                records.add(permitted);
            }
        }
        return records;
    }

    public static <E> EventTypes<E> of(Class<E> sealedRoot) {
        return new EventTypes<>(sealedRoot);
    }

    public Class<E> root() {
        return root;
    }

    public String nameOf(E event) {
        return nameOf(event.getClass());
    }

    public String nameOf(Class<?> eventClass) {
        String name = namesByClass.get(eventClass);
        if (name == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not an event of " + root.getSimpleName());
        }
        return name;
    }

    public Optional<Class<? extends E>> classOf(String typeName) {
        return Optional.ofNullable(classesByName.get(typeName));
    }

    public Map<String, Class<? extends E>> all() {
        return classesByName;
    }
}
