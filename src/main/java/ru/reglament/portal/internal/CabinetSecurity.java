package ru.reglament.portal.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import ru.reglament.shared.web.OpenEndpoints;

/**
 * The demo cabinet is the applicant's, not the staff's: no login (the portal number and its access
 * code are the key), no session; it only reads, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "reglament.portal.simulator.enabled", havingValue = "true")
class CabinetSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain cabinetFilterChain(HttpSecurity http) throws Exception {
        // Its own styles and nothing else; never framed.
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")));
        return OpenEndpoints.chain(http, CabinetPage.PATH, CabinetPage.PATH + "/**");
    }
}
