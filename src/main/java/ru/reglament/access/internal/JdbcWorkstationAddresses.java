package ru.reglament.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.access.WorkstationAddresses;
import ru.reglament.audit.AuditTrail;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;

/**
 * The allow-lists in PostgreSQL, each node keeping what it read for {@code cache} (a change made on
 * another node counts here within it; on this node at once): checking an address costs no query.
 */
@Service
class JdbcWorkstationAddresses implements WorkstationAddresses {

    /** An organisation's list as matchers, and when it was read. */
    private record Cached(List<IpAddressMatcher> matchers, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration cache;
    private final AuditTrail audit;
    private final Map<Integer, Cached> cached = new ConcurrentHashMap<>();

    JdbcWorkstationAddresses(JdbcClient jdbc, Clock clock,
            @Value("${reglament.access.addresses-cache:PT30S}") Duration cache, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public List<String> of(int organisationId) {
        return jdbc.sql("select address from access_allowed_address where organisation_id = ? order by address")
                .param(organisationId).query(String.class).list();
    }

    @Override
    @Transactional
    public void set(int organisationId, List<String> addresses, Actor actor) {
        if (!actor.rolesIn(organisationId).contains(Role.ORG_ADMIN) && !actor.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("role", "Адреса рабочих мест задаёт администратор организации");
        }
        Violations violations = new Violations();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String entry = addresses.get(i).trim();
            if (entry.isEmpty()) continue;
            if (!valid(entry)) {
                violations.add("addresses[" + i + "]", "address.format",
                        "«" + entry + "» — не IP-адрес и не диапазон CIDR (например, 10.0.0.0/8 или 192.168.1.15)");
            } else if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        violations.throwIfAny();
        List<String> before = of(organisationId);
        if (Set.copyOf(before).equals(Set.copyOf(entries))) return;
        jdbc.sql("delete from access_allowed_address where organisation_id = ?").param(organisationId).update();
        for (String entry : entries) {
            jdbc.sql("insert into access_allowed_address (organisation_id, address) values (?, ?)")
                    .params(organisationId, entry).update();
        }
        cached.remove(organisationId);
        audit.record(actor.employeeId(), actor.fullName(), "workstation-addresses", Integer.toString(organisationId),
                "set", before, entries);
    }

    @Override
    public List<Refusal> refusals(int organisationId, int limit) {
        return jdbc.sql("""
                select login, address, path, refused_at from access_address_refusal where organisation_id = ?
                order by refused_at desc limit ?""")
                .params(organisationId, limit)
                .query((rs, n) -> new Refusal(rs.getString("login"), rs.getString("address"), rs.getString("path"),
                        rs.getTimestamp("refused_at").toInstant()))
                .list();
    }

    /** Whether the organisation lets its employees work from the address (no list: from anywhere). */
    boolean allows(int organisationId, String address) {
        Instant now = clock.instant();
        Cached list = cached.get(organisationId);
        if (list == null || list.readAt().plus(cache).isBefore(now)) {
            list = new Cached(of(organisationId).stream().map(IpAddressMatcher::new).toList(), now);
            cached.put(organisationId, list);
        }
        if (list.matchers().isEmpty()) return true;
        for (IpAddressMatcher matcher : list.matchers()) {
            if (matcher.matches(address)) return true;
        }
        return false;
    }

    void refused(int organisationId, Actor actor, String address, String path) {
        jdbc.sql("""
                insert into access_address_refusal (organisation_id, employee_id, login, address, path, refused_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, actor.employeeId(), actor.login(), address, path, Timestamp.from(clock.instant()))
                .update();
    }

    private static boolean valid(String entry) {
        // Addresses only, never host names: a name would be looked up in DNS on every check.
        if (!entry.matches("[0-9a-fA-F.:]+(/\\d{1,3})?")) return false;
        try {
            new IpAddressMatcher(entry).matches(entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
