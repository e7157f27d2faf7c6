package ru.reglament.interagency.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import ru.reglament.shared.web.OpenEndpoints;

/**
 * The simulator speaks SOAP to machines: like SMEV it trusts the XML signatures of a message, not a
 * login or a session, so its path needs neither (nor CSRF).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "reglament.interagency.simulator.enabled", havingValue = "true")
class SimulatorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain smevSimulatorSecurity(HttpSecurity http) throws Exception {
        return OpenEndpoints.chain(http, SmevTransport.SIMULATOR_PATH);
    }
}
