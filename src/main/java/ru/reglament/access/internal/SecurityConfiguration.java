package ru.reglament.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import ru.reglament.directory.Directory;
import ru.reglament.shared.web.Problems;
import ru.reglament.staff.Staff;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String REALM = "Reglament";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // An observation around each security filter costs more CPU than the request's own work; HTTP
    // server observations still measure every request.
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The REST API: HTTP Basic in the test contour (bearer tokens come with OIDC), no session, no CSRF.
     * A stateless client has nothing to log out of, no saved request to return to and no use for the
     * servlet API's view of the user, so those filters are left out of every API call.
     */
    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CachingPasswordAuthentication passwords,
            JdbcWorkstationAddresses addresses, Directory directory) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterAfter(new AllowedAddressFilter(addresses, directory), BasicAuthenticationFilter.class)
                .authenticationProvider(passwords)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(SecurityConfiguration::unauthenticated)
                        .accessDeniedHandler((request, response, denied) -> Problems.forbidden(response)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .servletApi(servletApi -> servletApi.disable());
        return http.build();
    }

    /**
     * The workstation: a session after the login form, CSRF on. An htmx request whose session has
     * expired is sent to the login page with the page it came from, so the user lands back there.
     */
    @Bean
    SecurityFilterChain workstationSecurity(HttpSecurity http, CachingPasswordAuthentication passwords,
            @Value("${reglament.workstation.cades-plugin-url}") String cadesPluginUrl,
            @Value("${reglament.access.password-login:true}") boolean passwordLogin,
            ObjectProvider<ClientRegistrationRepository> oidcProviders, ExternalLogins logins, OidcProperties oidc,
            Staff staff, Clock clock,
            @Value("${reglament.access.roles-refresh:PT1M}") Duration rolesRefresh, JdbcWorkstationAddresses addresses,
            Directory directory) throws Exception {
        // The page asked for before the login form is kept without the marker parameter Spring adds
        // (`?continue`), so after login the address is the page's own.
        HttpSessionRequestCache savedPages = new HttpSessionRequestCache();
        savedPages.setMatchingRequestParameterName(null);
        ReturnToPageAfterLogin afterLogin = new ReturnToPageAfterLogin();
        afterLogin.setRequestCache(savedPages);
        http.authenticationProvider(passwords)
                .requestCache(cache -> cache.requestCache(savedPages))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error",
                                "/login", "/login/esia", "/login/esia/callback", "/invitation/**", "/webjars/**", "/static/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers(CertificateLogin.PATH).permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new ActorRefresh(staff, rolesRefresh, clock), SecurityContextHolderFilter.class)
                .addFilterAfter(new AllowedAddressFilter(addresses, directory), ActorRefresh.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // The decision's PDF preview is a same-origin frame on the card.
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .addHeaderWriter(WorkstationContentPolicy.headerWriter(cadesPluginUrl))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HtmxLoginRedirect(), HtmxLoginRedirect::isHtmx)
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::unauthenticated,
                                request -> request.getRequestURI().startsWith("/actuator")
                                        || request.getRequestURI().startsWith("/v3/"))
                        // The login page whatever logins are on (passwords, OIDC, ЕСИА alone).
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE));
        if (passwordLogin) http.formLogin(form -> form.loginPage("/login").successHandler(afterLogin));
        if (oidcProviders.getIfAvailable() != null) {
            // The provider's page, then back here: the person becomes the employee their claims say.
            http.oauth2Login(login -> login.loginPage("/login")
                    .successHandler(new OidcLoginHandler(logins, oidc, afterLogin))
                    .failureUrl("/login?error"));
        }
        return http.build();
    }

    /** A path with an encoded slash, NUL, a {@code ..} segment or the like: 400 in our shape, not the firewall's. */
    /**
     * Spring's strict firewall with its own rule for header and parameter names and header values
     * (assigned characters, no control characters; a tab allowed in values), checked by a loop instead
     * of its Unicode regular expression: the firewall checks on every read of a header, and the regex
     * took a tenth of an API action's CPU (JFR, lifecycle benchmark).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(text -> assignedAndNotControl(text, false));
        firewall.setAllowedParameterNames(text -> assignedAndNotControl(text, false));
        firewall.setAllowedHeaderValues(text -> assignedAndNotControl(text, true));
        return firewall;
    }

    static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.UNASSIGNED || (Character.isISOControl(c) && !(tabAllowed && c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> Problems.rejected(request, response);
    }

    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        Problems.unauthenticated(response, REALM);
    }
}
