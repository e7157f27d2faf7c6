package ru.reglament.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import ru.reglament.access.Actor;

/**
 * How every kind of login ends: the session's principal is the {@link Actor} (whichever way the person
 * proved who they are), or the login is refused with a message for the login page and nothing else
 * kept.
 */
final class SessionLogins {

    static final String REFUSAL = SessionLogins.class.getName() + ".refusal";

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SessionLogins() {
    }

    /** The authentication an actor works under: their roles as authorities. */
    static Authentication authentication(Actor actor) {
        List<GrantedAuthority> authorities = actor.memberships().stream()
                .map(m -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + m.role().name())).distinct().toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    /** The actor becomes the session's principal. */
    static Authentication keep(HttpServletRequest request, HttpServletResponse response, Actor actor) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(actor));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        return context.getAuthentication();
    }

    /** Logs the actor in under a new session id (nobody who knew the old one shares the login). */
    static Authentication logIn(HttpServletRequest request, HttpServletResponse response, Actor actor) {
        request.getSession();
        request.changeSessionId();
        return keep(request, response, actor);
    }

    /** Ends the login attempt: no principal, the message for the login page. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        CONTEXTS.saveContext(empty, request, response);
        request.getSession().setAttribute(REFUSAL, message);
        response.sendRedirect(request.getContextPath() + "/login?refused");
    }
}
