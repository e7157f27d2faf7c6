package ru.reglament.access.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;
import ru.reglament.access.LoginThrottledException;

/**
 * The workstation's login page: the identity provider's button where one is configured (OIDC), the
 * login and password form where local passwords are on (the test contour), and why a login through
 * the provider was refused. ЕСИА and client certificates have a button each where they are on.
 */
@Controller
class LoginPage {

    private final boolean passwordLogin;
    private final boolean oidc;
    private final String providerName;
    private final boolean esia;
    private final boolean certificate;

    LoginPage(@Value("${reglament.access.password-login:true}") boolean passwordLogin,
            ObjectProvider<ClientRegistrationRepository> oidcProviders, OidcProperties properties,
            @Value("${reglament.access.esia.enabled:false}") boolean esia,
            @Value("${reglament.access.certificates.enabled:false}") boolean certificate) {
        this.passwordLogin = passwordLogin;
        this.esia = esia;
        this.certificate = certificate;
        this.oidc = oidcProviders.getIfAvailable() != null;
        this.providerName = properties.providerName();
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model, HttpSession session,
            // The form login's failure handler leaves its refusal here before sending the browser to ?error.
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object refusal) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("loginThrottled", refusal instanceof LoginThrottledException);
        model.addAttribute("passwordLogin", passwordLogin);
        model.addAttribute("oidc", oidc);
        model.addAttribute("esia", esia);
        model.addAttribute("certificate", certificate);
        model.addAttribute("providerName", providerName);
        Object refused = session.getAttribute(SessionLogins.REFUSAL);
        if (refused != null) {
            session.removeAttribute(SessionLogins.REFUSAL);
            model.addAttribute("refusal", refused);
        }
        return "access/login";
    }
}
