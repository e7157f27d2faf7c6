package ru.reglament.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A security chain for paths that trust no login and keep no session: the simulator of ЕСИА, which
 * trusts the signatures in what it receives, and the applicant's demo cabinet, whose key is a number
 * and an access code. No CSRF token either: nothing there acts on a platform session.
 */
public final class OpenEndpoints {

    private OpenEndpoints() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, String... paths) throws Exception {
        http.securityMatcher(paths)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
