package io.rectify.eventsourcing.http;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Names commands in kebab case where a service maps no paths of its own. */
@DefaultBean
@ApplicationScoped
public class KebabCommandNames implements CommandNames {

    @Override
    public String nameOf(Enum<?> command) {
        return CommandNames.kebab(command);
    }
}
