package ru.reglament.access.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import ru.reglament.shared.web.OpenEndpoints;

/**
 * The ЕСИА simulator is another system on the same node: it trusts the requests' signatures, not the
 * platform's sessions, and its login page's form is its own (no CSRF token of the platform's).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${reglament.access.esia.enabled:false} and ${reglament.access.esia.simulator.enabled:false}")
class EsiaSimulatorSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain esiaSimulatorFilterChain(HttpSecurity http) throws Exception {
        return OpenEndpoints.chain(http, EsiaProperties.SIMULATOR_PATH + "/**");
    }
}
