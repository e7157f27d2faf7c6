package ru.reglament.access.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One switch, {@code reglament.api-docs.enabled}, for everything that describes the platform to an
 * outsider: springdoc's OpenAPI document and Swagger UI and the actuator's info endpoint. The info
 * endpoint's setting is an access level, not a boolean, so a placeholder in application.yaml cannot
 * carry the switch; the derived values go in last, so a setting made outright still wins.
 */
class ApiDocsExposure implements EnvironmentPostProcessor {

    static final String SWITCH = "reglament.api-docs.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("reglament-api-docs",
                derivedSettings(environment.getProperty(SWITCH, Boolean.class, false))));
    }

    static Map<String, Object> derivedSettings(boolean enabled) {
        return Map.of(
                "springdoc.api-docs.enabled", enabled,
                "springdoc.swagger-ui.enabled", enabled,
                "management.endpoint.info.access", enabled ? "read-only" : "none");
    }
}
