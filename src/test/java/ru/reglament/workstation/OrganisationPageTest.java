package ru.reglament.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;

/** The organisation's administrator sees its card and its people with their roles; nobody else opens the page. */
class OrganisationPageTest extends ScenarioBase {

    @Test
    void theOrganisationAdministratorSeesTheCardAndTheEmployeesWithTheirRoles() throws Exception {
        WorkstationSession admin = WorkstationSession.logIn(port, "org-admin");
        // The home page is no longer blank: the organisation's people, a link to them.
        assertThat(admin.get("/")).contains("href=\"/organisation\"", "id=\"widget-organisation\"", "Сотрудники");
        String page = admin.get("/organisation");
        assertThat(page).contains("Администрация муниципального образования «Тосненский район» Ленинградской области",
                "1024701543217", "ТОС-{yyyy}-{seq:6}", "Петрова Анна Сергеевна", "Регистратор",
                "Соколов Андрей Николаевич", "Должностное лицо с подписью")
                .doesNotContain("Лебедева Наталья Андреевна");

        WorkstationSession adminB = WorkstationSession.logIn(port, "org-admin-b");
        assertThat(adminB.get("/organisation")).contains("Лебедева Наталья Андреевна").doesNotContain("Петрова Анна Сергеевна");

        WorkstationSession registrar = WorkstationSession.logIn(port, "registrar");
        assertThat(registrar.get("/")).doesNotContain("href=\"/organisation\"");
        assertThat(registrar.status("/organisation")).isEqualTo(403);
    }
}
