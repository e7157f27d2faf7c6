package ru.reglament.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import ru.reglament.access.Actor;
import ru.reglament.access.LoginThrottle;
import ru.reglament.access.LoginThrottledException;
import ru.reglament.shared.Snils;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Staff;

/**
 * «Войти по сертификату»: the client certificate of this connection (mutual TLS), or the one a trusted
 * TLS proxy passes in its header, is checked ({@link ClientCertificates}) and names the employee by the
 * СНИЛС in its subject. Every attempt goes through the failed-login throttle, per СНИЛС (or, without one,
 * per certificate) and per client address; a refusal counts as a failure. The employee is looked up only
 * for a certificate that holds, so an unknown СНИЛС and an employee with no role get the same answer.
 */
@Controller
@ConditionalOnProperty(name = "reglament.access.certificates.enabled", havingValue = "true")
class CertificateLogin {

    static final String PATH = "/login/certificate";
    /** Where Tomcat puts the client's certificate chain of a mutual TLS connection. */
    static final String TLS_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private static final Logger log = LoggerFactory.getLogger(CertificateLogin.class);

    private final ClientCertificates certificates;
    private final Staff staff;
    private final LoginThrottle throttle;
    private final String header;
    private final List<IpAddressMatcher> proxies;

    CertificateLogin(ClientCertificates certificates, Staff staff, LoginThrottle throttle,
            CertificateProperties properties) {
        this.certificates = certificates;
        this.staff = staff;
        this.throttle = throttle;
        this.header = properties.header();
        this.proxies = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    @GetMapping(PATH)
    void logIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getRemoteAddr();
        List<X509Certificate> presented = List.of();
        ClientCertificates.Refused unreadable = null;
        try {
            presented = presented(request);
        } catch (ClientCertificates.Refused refused) {
            unreadable = refused;
        }
        String login = throttled(presented, address);
        try {
            throttle.check(login, address);
        } catch (LoginThrottledException e) {
            SessionLogins.refuse(request, response, e.getMessage());
            return;
        }
        Actor actor;
        try {
            if (unreadable != null) throw unreadable;
            X509Certificate certificate = certificates.check(presented);
            actor = employee(certificate);
        } catch (ClientCertificates.Refused refused) {
            log.warn("Certificate login from {} refused: {}{}", address, refused.reason(),
                    presented.isEmpty() ? "" : " (" + ClientCertificates.describe(presented.get(0)) + ")");
            throttle.failed(login, address);
            SessionLogins.refuse(request, response, refused.getMessage());
            return;
        }
        throttle.succeeded(login, address);
        log.info("Certificate login {} from {}: roles {}", actor.login(), address, actor.memberships());
        SessionLogins.logIn(request, response, actor);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * The certificate and what the client sent along with it. From a trusted proxy only its header counts
     * (a certificate of the proxy's own connection would be the proxy's); from anyone else only this
     * connection's, and a header they send is ignored: certificates are public, their keys are not.
     */
    private List<X509Certificate> presented(HttpServletRequest request) throws ClientCertificates.Refused {
        if (header != null) {
            String value = request.getHeader(header);
            if (fromTrustedProxy(request)) {
                return value == null || value.isBlank() ? List.of() : ClientCertificates.fromHeader(value);
            }
            if (value != null) {
                log.warn("Certificate header {} from {} ignored: not one of "
                        + "reglament.access.certificates.trusted-proxies", header,
                        request.getAttribute(CertificateConnector.PEER));
            }
        }
        return request.getAttribute(TLS_CERTIFICATES) instanceof X509Certificate[] chain ? List.of(chain) : List.of();
    }

    private boolean fromTrustedProxy(HttpServletRequest request) {
        return request.getAttribute(CertificateConnector.PEER) instanceof String peer
                && proxies.stream().anyMatch(proxy -> proxy.matches(peer));
    }

    /**
     * The employee the certificate names. An unknown СНИЛС (or none) and an employee without a role get the
     * same message; a deactivated employee is told so, as the other logins tell them (only the holder of a
     * certificate that holds gets this far).
     */
    private Actor employee(X509Certificate certificate) throws ClientCertificates.Refused {
        String name = ClientCertificates.personName(certificate);
        Snils snils = ClientCertificates.snils(certificate);
        Optional<Employee> employee = snils == null ? Optional.empty() : staff.bySnils(snils);
        if (employee.isPresent() && !employee.get().active()) {
            throw new ClientCertificates.Refused(ClientCertificates.Problem.DEACTIVATED, "Учётная запись сотрудника «"
                    + employee.get().fullName() + "» отключена в Reglament. "
                    + "Обратитесь к администратору вашей организации.",
                    "employee " + employee.get().login() + " is deactivated");
        }
        if (employee.isEmpty() || employee.get().memberships().isEmpty()) {
            throw new ClientCertificates.Refused(ClientCertificates.Problem.UNKNOWN, "Сертификат «" + name
                    + "» проверен, но роли в Reglament у вас нет: нет сотрудника с ролью, чей СНИЛС указан в "
                    + "сертификате. "
                    + "Попросите администратора вашей организации записать ваш СНИЛС и выдать вам роль.",
                    snils == null ? "no valid СНИЛС in the certificate"
                            : employee.isEmpty() ? "no employee with СНИЛС " + snils
                                    : "employee " + employee.get().login() + " holds no role");
        }
        Employee found = employee.get();
        return new Actor(found.id(), found.login(), found.fullName(), found.memberships());
    }

    /** The throttle's login: the person (their СНИЛС), else the certificate, else, with none, the address. */
    private static String throttled(List<X509Certificate> presented, String address) {
        if (presented.isEmpty()) return "certificate@" + address;
        Snils snils = ClientCertificates.snils(presented.get(0));
        return "certificate:" + (snils != null ? snils.value() : ClientCertificates.thumbprint(presented.get(0)));
    }
}
