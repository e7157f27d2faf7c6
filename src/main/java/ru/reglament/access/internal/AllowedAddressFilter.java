package ru.reglament.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.shared.web.Problems;

/**
 * An employee's request from an address one of their organisations does not allow is refused (a page
 * for a person, problem {@code address.not-allowed} for a program), logged, and kept for the
 * organisation's administrator. The address is the client's as Tomcat resolved it: a forwarded one
 * counts only from the proxies {@code server.tomcat.remoteip.internal-proxies} names.
 */
class AllowedAddressFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AllowedAddressFilter.class);

    private final JdbcWorkstationAddresses addresses;
    private final Directory directory;

    AllowedAddressFilter(JdbcWorkstationAddresses addresses, Directory directory) {
        this.addresses = addresses;
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor && actor.employeeId() > 0) {
            String address = request.getRemoteAddr();
            for (int organisation : actor.organisationIds()) {
                if (addresses.allows(organisation, address)) continue;
                String title = directory.organisation(organisation).map(o -> o.displayName()).orElse("");
                log.warn("Request of {} from {} to {} refused: not a workstation address of organisation {}", actor.login(),
                        address, request.getRequestURI(), organisation);
                addresses.refused(organisation, actor, address, request.getRequestURI());
                Problems.forbidden(request, response, "address.not-allowed", "Работа с адреса " + address
                        + " не разрешена организацией «" + title + "»: её администратор задал адреса рабочих мест. "
                        + "Обратитесь к администратору организации.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
