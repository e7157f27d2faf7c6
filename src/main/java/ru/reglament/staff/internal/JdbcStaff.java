package ru.reglament.staff.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.shared.Snils;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

@Service
class JdbcStaff implements Staff {

    private static final String SELECT = """
            select e.id, e.login, e.full_name, e.position, e.email, e.active, e.snils, r.organisation_id, r.role
            from staff_employee e left join staff_role r on r.employee_id = e.id
            """;

    private final JdbcClient jdbc;

    JdbcStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Employee> employee(long id) {
        return load(SELECT + " where e.id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<Employee> byLogin(String login) {
        return load(SELECT + " where e.login = ?", login).stream().findFirst();
    }

    @Override
    public Optional<String> passwordHash(String login) {
        return jdbc.sql("select password_hash from staff_employee where login = ? and active and password_hash is not null")
                .param(login).query(String.class).optional();
    }

    @Override
    public List<Employee> ofOrganisation(int organisationId) {
        return load(SELECT + """
                 where e.id in (select employee_id from staff_role where organisation_id = ?)
                 order by e.full_name, e.id""", organisationId);
    }

    @Override
    public List<Employee> withAnyRole(int organisationId, Collection<Role> roles) {
        List<String> names = roles.stream().map(Enum::name).toList();
        return load(SELECT + """
                 where e.active and e.id in (select employee_id from staff_role
                                             where organisation_id = ? and role = any(?))
                 order by e.full_name""", organisationId, names.toArray(String[]::new));
    }

    @Override
    @Transactional
    public long save(String login, String fullName, String position, String passwordHash, List<Membership> memberships) {
        long id = jdbc.sql("""
                insert into staff_employee (login, full_name, position, password_hash) values (?, ?, ?, ?)
                on conflict (login) do update set full_name = excluded.full_name, position = excluded.position,
                    password_hash = coalesce(excluded.password_hash, staff_employee.password_hash)
                returning id""")
                .params(login, fullName, position, passwordHash).query(Long.class).single();
        jdbc.sql("delete from staff_role where employee_id = ? and not granted_here").param(id).update();
        for (Membership membership : memberships) {
            jdbc.sql("insert into staff_role (employee_id, organisation_id, role) values (?, ?, ?) on conflict do nothing")
                    .params(id, membership.organisationId(), membership.role().name()).update();
        }
        return id;
    }

    @Override
    public boolean grant(long employeeId, int organisationId, Role role) {
        return jdbc.sql("""
                insert into staff_role (employee_id, organisation_id, role, granted_here) values (?, ?, ?, true)
                on conflict (employee_id, coalesce(organisation_id, 0), role) do update set granted_here = true
                where not staff_role.granted_here""")
                .params(employeeId, organisationId, role.name()).update() == 1;
    }

    @Override
    public boolean revoke(long employeeId, int organisationId, Role role) {
        return jdbc.sql("delete from staff_role where employee_id = ? and organisation_id = ? and role = ?")
                .params(employeeId, organisationId, role.name()).update() == 1;
    }

    @Override
    public boolean setSnils(long employeeId, Snils snils) {
        String written = snils == null ? null : snils.formatted();
        // Checked rather than caught: a unique violation would abort the caller's transaction.
        return (written == null || jdbc.sql("select not exists (select 1 from staff_employee where snils = ? and id <> ?)")
                .params(written, employeeId).query(Boolean.class).single())
                && jdbc.sql("update staff_employee set snils = ? where id = ? and snils is distinct from ?")
                        .params(written, employeeId, written).update() >= 0;
    }

    @Override
    public boolean setActive(long employeeId, boolean active) {
        return jdbc.sql("update staff_employee set active = ? where id = ? and active <> ?")
                .params(active, employeeId, active).update() == 1;
    }

    @Override
    public void setPasswordHash(String login, String passwordHash) {
        jdbc.sql("update staff_employee set password_hash = ? where login = ?").params(passwordHash, login).update();
    }

    private List<Employee> load(String sql, Object... params) {
        Map<Long, Employee> byId = new LinkedHashMap<>();
        Map<Long, List<Membership>> memberships = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            long id = rs.getLong("id");
            byId.computeIfAbsent(id, key -> {
                try {
                    return new Employee(key, rs.getString("login"), rs.getString("full_name"), rs.getString("position"),
                            rs.getString("email"), rs.getBoolean("active"), List.of(), rs.getString("snils"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String role = rs.getString("role");
            List<Membership> list = memberships.computeIfAbsent(id, key -> new ArrayList<>());
            if (role != null) list.add(new Membership((Integer) rs.getObject("organisation_id"), Role.valueOf(role)));
        });
        return byId.values().stream()
                .map(e -> new Employee(e.id(), e.login(), e.fullName(), e.position(), e.email(), e.active(),
                        List.copyOf(memberships.getOrDefault(e.id(), List.of())), e.snils()))
                .toList();
    }

    @Override
    public Optional<Employee> bySnils(Snils snils) {
        return load(SELECT + " where e.snils = ?", snils.formatted()).stream().findFirst();
    }
}
