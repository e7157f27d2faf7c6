package ru.reglament.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.reglament.access.Actor;
import ru.reglament.access.LoginThrottle;
import ru.reglament.access.LoginThrottledException;

/**
 * «Войти через Госуслуги (ЕСИА)»: the browser goes to ЕСИА with a signed request and comes back with
 * a code for the state this session sent. A wrong or missing state, an error from ЕСИА, a code it
 * refuses (used already, expired), a token whose signature does not hold: each is refused, logged and
 * counted by the failed-login throttle. The person becomes the employee their ЕСИА access groups say.
 */
@Controller
@ConditionalOnProperty(name = "reglament.access.esia.enabled", havingValue = "true")
class EsiaLogin {

    private static final Logger log = LoggerFactory.getLogger(EsiaLogin.class);
    static final String START = "/login/esia";
    static final String CALLBACK = "/login/esia/callback";
    private static final String STATE = EsiaLogin.class.getName() + ".state";

    private final EsiaClient esia;
    private final ExternalLogins logins;
    private final LoginThrottle throttle;

    EsiaLogin(EsiaClient esia, ExternalLogins logins, LoginThrottle throttle) {
        this.esia = esia;
        this.logins = logins;
        this.throttle = throttle;
    }

    @GetMapping(START)
    String start(HttpServletRequest request, HttpSession session) {
        String state = UUID.randomUUID().toString();
        session.setAttribute(STATE, state);
        return "redirect:" + esia.authorizationUri(state, callback(request));
    }

    @GetMapping(CALLBACK)
    void callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            @RequestParam(name = "error_description", required = false) String description,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        Object expected = session.getAttribute(STATE);
        session.removeAttribute(STATE);
        String address = request.getRemoteAddr();
        try {
            throttle.check(throttled(address), address);
        } catch (LoginThrottledException e) {
            SessionLogins.refuse(request, response, e.getMessage());
            return;
        }
        if (error != null) {
            refuse(request, response, "ЕСИА не подтвердила вход: " + (description != null ? description : error),
                    "ЕСИА answered " + error + ": " + description);
            return;
        }
        if (expected == null || code == null || !expected.equals(state)) {
            refuse(request, response, "Вход через ЕСИА не завершён: ответ не относится к этому входу. Попробуйте ещё раз.",
                    "ЕСИА callback with state " + state + ", expected " + expected);
            return;
        }
        EsiaClient.Person person;
        Actor actor;
        try {
            person = esia.person(code, callback(request));
            List<String> groups = new ArrayList<>();
            person.groupsByOgrn().forEach((ogrn, names) -> names.forEach(name -> groups.add("/" + ogrn + "/" + name)));
            actor = logins.logIn(new ExternalLogins.Identity("ЕСИА", "esia:" + person.oid(), person.fullName(),
                    person.snils(), groups, List.of(), person.trusted()), address, InvitationPage.followed(session));
        } catch (EsiaClient.EsiaException e) {
            refuse(request, response, "ЕСИА не подтвердила вход. Попробуйте ещё раз; если не получится, сообщите "
                    + "администратору платформы.", e.getMessage());
            return;
        } catch (ExternalLogins.Refused e) {
            SessionLogins.refuse(request, response, e.getMessage());
            return;
        }
        throttle.succeeded(throttled(address), address);
        SessionLogins.logIn(request, response, actor);
        response.sendRedirect(request.getContextPath() + "/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String message, String why)
            throws IOException {
        log.warn("ЕСИА login from {} refused: {}", request.getRemoteAddr(), why);
        throttle.failed(throttled(request.getRemoteAddr()), request.getRemoteAddr());
        SessionLogins.refuse(request, response, message);
    }

    /** Failures of the exchange itself, before ЕСИА has named the person, count per client address. */
    private static String throttled(String address) {
        return "esia@" + address;
    }

    private static String callback(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path(CALLBACK).build().toUriString();
    }
}
