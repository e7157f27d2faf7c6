package ru.reglament.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.reglament.access.Actor;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Staff;

/**
 * A workstation session's employee is read again every {@code interval}: a role granted or revoked
 * takes effect within it, and a deactivated employee's session ends (the next request goes to the
 * login page). Between readings a request costs a look at the session, no query.
 */
class ActorRefresh extends OncePerRequestFilter {

    private static final String CHECKED_AT = ActorRefresh.class.getName() + ".checkedAt";

    private final Staff staff;
    private final Duration interval;
    private final Clock clock;

    ActorRefresh(Staff staff, Duration interval, Clock clock) {
        this.staff = staff;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof Actor actor
                && actor.employeeId() > 0) {
            Instant now = clock.instant();
            Object checked = session.getAttribute(CHECKED_AT);
            if (checked == null) {
                session.setAttribute(CHECKED_AT, now);
            } else if (!((Instant) checked).plus(interval).isAfter(now)) {
                Optional<Employee> employee = staff.employee(actor.employeeId()).filter(Employee::active);
                if (employee.isEmpty()) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                } else {
                    session.setAttribute(CHECKED_AT, now);
                    Employee current = employee.get();
                    if (!new HashSet<>(current.memberships()).equals(new HashSet<>(actor.memberships()))) {
                        SessionLogins.keep(request, response,
                                new Actor(actor.employeeId(), actor.login(), current.fullName(), current.memberships()));
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
