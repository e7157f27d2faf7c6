package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import ru.reglament.shared.Snils;
import ru.reglament.support.Api;
import ru.reglament.support.ClientPki;
import ru.reglament.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * The organisation's administrator on «Организация»: grants an employee a role, who sees the new
 * section after logging in again; revokes it, which ends the employee's session at once; deactivates
 * an employee, whose open applications are listed for handing over. Each change is in the audit trail.
 */
class StaffAdministrationTest extends BrowserTestBase {

    @Autowired
    Staff staff;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Directory directory;

    @Autowired
    AuditTrail audit;

    @Test
    void theAdministratorGrantsARoleRevokesItAndDeactivatesAnEmployee() {
        int tosno = directory.organisationByOgrn(Fixtures.ORG_A).orElseThrow().id();
        String login = "novikova-" + System.nanoTime() % 100000;
        long id = staff.save(login, "Новикова Дарья Олеговна", "Ведущий специалист", passwords.encode(Api.DEMO_PASSWORD),
                List.of(new Membership(tosno, Role.OBSERVER)));

        Page employee = loggedIn(login);
        assertThat(employee.locator("#section-reference")).hasCount(0);

        Page admin = loggedIn("org-admin");
        admin.navigate("/organisation");
        Locator row = admin.locator("tr.employee[data-login='" + login + "']");
        row.locator("form.grant select").selectOption("SPECIALIST");
        row.locator("form.grant button").click();
        assertThat(admin.locator("#flash-message")).containsText("Роль «Специалист» назначена");
        assertThat(row.locator(".role[data-role=SPECIALIST]")).isVisible();
        screenshot(admin, "organisation-staff");

        // The СНИЛС a client certificate finds her by: a wrong check number is refused, a right one kept.
        row.locator("form.snils input[name=snils]").fill("112-233-445 00");
        row.locator("form.snils button").click();
        assertThat(admin.locator("#flash-error")).containsText("СНИЛС");
        String snils = Snils.of(ClientPki.snils(100200311)).formatted();
        row.locator("form.snils input[name=snils]").fill(snils);
        row.locator("form.snils button").click();
        assertThat(admin.locator("#flash-message")).containsText("СНИЛС сотрудника сохранён");
        assertThat(staff.employee(id).orElseThrow().snils()).isEqualTo(snils);

        // The new role works after logging in again: «Справочная информация» opens for a specialist.
        logOut(employee);
        logIn(employee, login);
        assertThat(employee.locator("#section-reference")).isVisible();

        // Taken away: the employee's session ends at once, on every node.
        row.locator(".role[data-role=SPECIALIST] button.revoke").click();
        assertThat(admin.locator("#flash-message")).containsText("снята");
        employee.navigate("/applications");
        assertThat(employee.getByLabel("Логин")).isVisible();
        assertThat(staff.employee(id).orElseThrow().memberships()).extracting(Membership::role).containsExactly(Role.OBSERVER);

        // Deactivated with an application assigned: it is listed for handing over, and the employee cannot log in.
        JsonNode card = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, Fixtures.uniqueSurname("Передачин"))).expect(201).json();
        staff.grant(id, tosno, Role.REGISTRAR);
        Api.as(port, login).act(card.get("id").asLong(), "assign-self", card).expect(200);
        admin.navigate("/organisation");
        row.locator("button.toggle-active").click();
        assertThat(admin.locator("#flash-message")).containsText("Сотрудник отключён");
        assertThat(row.locator(".open-applications")).containsText(card.get("portalNumber").asString());
        assertThat(Api.as(port, login).get("/api/v1/staff/me").status()).isEqualTo(401);

        assertThat(audit.recent("employee", Long.toString(id), 10)).extracting(AuditTrail.Entry::change)
                .containsExactly("deactivate", "revoke SPECIALIST", "snils", "grant SPECIALIST");
        assertThat(audit.recent("employee", Long.toString(id), 10).get(3).after()).contains("SPECIALIST");
        assertThat(audit.recent("employee", Long.toString(id), 10).get(3).actorName()).isEqualTo(
                staff.byLogin("org-admin").orElseThrow().fullName());
    }

    @Test
    void withNoMailConfiguredTheAdministratorIsGivenTheInvitationLinkAndMayRevokeIt() {
        int tosno = directory.organisationByOgrn(Fixtures.ORG_A).orElseThrow().id();
        Page admin = loggedIn("org-admin");
        admin.navigate("/organisation");
        Locator form = admin.locator("#invite-" + Fixtures.ORG_A);
        assertThat(form).containsText("Почта не настроена");
        form.getByLabel("Электронная почта").fill("kuznetsov@tosno.example.ru");
        form.getByLabel("Фамилия").fill("Кузнецов");
        form.getByLabel("Имя", new Locator.GetByLabelOptions().setExact(true)).fill("Олег");
        form.locator("button[type=submit]").click();
        // No role ticked: refused naming the rule, nothing made.
        assertThat(admin.locator("#flash-error")).containsText("Отметьте хотя бы одну роль");
        assertThat(admin.locator("tr.invitation[data-email='kuznetsov@tosno.example.ru']")).hasCount(0);

        form = admin.locator("#invite-" + Fixtures.ORG_A);
        form.getByLabel("Электронная почта").fill("kuznetsov@tosno.example.ru");
        form.getByLabel("Фамилия").fill("Кузнецов");
        form.getByLabel("Имя", new Locator.GetByLabelOptions().setExact(true)).fill("Олег");
        form.getByLabel("Специалист", new Locator.GetByLabelOptions().setExact(true)).check();
        form.locator("button[type=submit]").click();
        assertThat(admin.locator("#flash-message")).containsText("Приглашение для kuznetsov@tosno.example.ru создано");
        String link = admin.locator("#invitation-link code").textContent();
        assertThat(link).matches("http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}");
        Locator row = admin.locator("tr.invitation[data-email='kuznetsov@tosno.example.ru']");
        assertThat(row).containsText("ссылка выдана администратору");
        assertThat(row).containsText("Специалист");
        screenshot(admin, "organisation-invitation");

        Page invited = fresh();
        invited.navigate(link);
        assertThat(invited.locator("#invitation-text")).containsText("Кузнецов Олег");

        row.locator("button.revoke-invitation").click();
        assertThat(admin.locator("#flash-message")).containsText("Приглашение отозвано");
        assertThat(admin.locator("tr.invitation[data-email='kuznetsov@tosno.example.ru']")).containsText("отозвано");
        invited.reload();
        assertThat(invited.locator("#invitation-closed")).containsText("Приглашение отозвано");
        assertThat(audit.recent("invitation", null, 2)).extracting(AuditTrail.Entry::change).containsExactly("revoke", "invite");
        assertThat(audit.recent("invitation", null, 1).get(0).before()).contains("kuznetsov@tosno.example.ru",
                "\"organisation\": " + tosno);
    }
}
