package ru.reglament.access.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;
import ru.reglament.access.LoginThrottledException;

/** The workstation's login page (test contour: login and password; OIDC comes with the identity issue). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(Authentication authentication, Model model,
            // The form login's failure handler leaves its refusal here before sending the browser to ?error.
            @SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Object refusal) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("loginThrottled", refusal instanceof LoginThrottledException);
        return "access/login";
    }
}
