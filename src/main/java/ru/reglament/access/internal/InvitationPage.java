package ru.reglament.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invitation's link opens, before any login: whom it invites, where, with which roles and
 * until when; or why it no longer works. «Присоединиться» keeps the link's secret in the session and
 * leads to the identity provider; the login that comes back grants the invitation's roles
 * ({@link ExternalLogins}), or refuses saying why.
 */
@Controller
class InvitationPage {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private static final String FOLLOWED = InvitationPage.class.getName() + ".token";

    private final JdbcInvitations invitations;
    private final boolean esia;
    private final boolean oidc;
    private final String providerName;

    InvitationPage(JdbcInvitations invitations, @Value("${reglament.access.esia.enabled:false}") boolean esia,
            ObjectProvider<ClientRegistrationRepository> oidcProviders, OidcProperties oidc) {
        this.invitations = invitations;
        this.esia = esia;
        this.oidc = oidcProviders.getIfAvailable() != null;
        this.providerName = oidc.providerName();
    }

    /** The secret of the invitation link the session followed, taken: one login uses it. */
    static String followed(HttpSession session) {
        if (session == null) return null;
        Object token = session.getAttribute(FOLLOWED);
        session.removeAttribute(FOLLOWED);
        return token == null ? null : token.toString();
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<JdbcInvitations.Opened> opened = token.length() > 100 ? Optional.empty() : invitations.open(token);
        if (opened.isEmpty()) response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("opened", opened.orElse(null));
        opened.ifPresent(o -> model.addAttribute("until", UNTIL.format(o.invitation().expiresAt())));
        model.addAttribute("token", token);
        model.addAttribute("esia", esia);
        model.addAttribute("oidc", oidc);
        model.addAttribute("providerName", providerName);
        return "access/invitation";
    }

    @PostMapping("/invitation/{token}/join")
    String join(@PathVariable String token, @RequestParam String via, HttpSession session) {
        if (token.length() > 100 || invitations.open(token).filter(o -> o.invitation().open()).isEmpty()) {
            return "redirect:/invitation/" + token;
        }
        session.setAttribute(FOLLOWED, token);
        return "oidc".equals(via) && oidc ? "redirect:/oauth2/authorization/oidc" : "redirect:/login/esia";
    }
}
