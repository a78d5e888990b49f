package dev.faqbot.safety;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The crisis lines of this deployment and, optionally, locally reviewed crisis copy
 * ({@code faqbot.crisis.*}). The US lines ship in application.yml; {@code application-ca.yml} and
 * {@code application-uk.yml} show other countries. A deployment without a dialable line fails to start.
 *
 * @param resources lines in the order they are shown
 * @param copy crisis reply text per category id, replacing the built-in reviewed copy
 */
@ConfigurationProperties("faqbot.crisis")
public record CrisisProperties(List<CrisisResource> resources, Map<String, String> copy) {

    public CrisisProperties {
        if (resources == null || resources.isEmpty()) {
            throw new IllegalArgumentException("faqbot.crisis.resources must list at least one crisis line with a dialable number");
        }
        resources = List.copyOf(resources);
        copy = copy == null ? Map.of() : Map.copyOf(copy);
        for (String key : copy.keySet()) {
            if (CrisisCategory.fromId(key).isEmpty()) {
                throw new IllegalArgumentException("faqbot.crisis.copy." + key + " is not a crisis category; use one of "
                        + CrisisCategory.ids());
            }
        }
    }
}
