package ru.reglament.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reglament.access.invitations.*}. The mail goes through Spring's SMTP settings
 * ({@code spring.mail.host}, {@code port}, {@code username}…); with none, the administrator is given the
 * link to pass on.
 *
 * @param validFor how long a link works (seed 003: 60 days)
 * @param baseUrl the platform's address as employees reach it, for the link; empty: as the administrator
 *     reached it
 * @param from the mail's sender
 * @param poll how often a node looks for mail to send (or send again after an SMTP error)
 */
@ConfigurationProperties("reglament.access.invitations")
record InvitationProperties(Duration validFor, String baseUrl, String from, Duration poll) {

    InvitationProperties {
        if (validFor == null) validFor = Duration.ofDays(60);
        if (baseUrl != null && baseUrl.isBlank()) baseUrl = null;
        if (baseUrl != null && baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        if (from == null || from.isBlank()) from = "Reglament <noreply@reglament.local>";
        if (poll == null) poll = Duration.ofSeconds(5);
    }
}
