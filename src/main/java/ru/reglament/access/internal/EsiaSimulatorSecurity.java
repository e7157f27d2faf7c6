package ru.reglament.access.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

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
        http.securityMatcher(EsiaProperties.SIMULATOR_PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
