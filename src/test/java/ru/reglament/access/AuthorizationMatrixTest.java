package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.process.Facts;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;
import tools.jackson.databind.JsonNode;

/**
 * The API lets exactly what the process definition lets: every demo role × every action × every
 * status, each tried over HTTP on an application standing in that status and assigned to the caller,
 * and compared with what the definition decides for that role, status and facts. And no employee of
 * organisation B reads or acts on A's applications through any endpoint or page.
 */
class AuthorizationMatrixTest extends ScenarioBase {

    /** One demo login per role of organisation A, and the portal's technical client. */
    private static final Map<String, Role> LOGINS = new LinkedHashMap<>();

    static {
        LOGINS.put("registrar", Role.REGISTRAR);
        LOGINS.put("assigning-registrar", Role.ASSIGNING_REGISTRAR);
        LOGINS.put("specialist", Role.SPECIALIST);
        LOGINS.put("assigning-specialist", Role.ASSIGNING_SPECIALIST);
        LOGINS.put("official", Role.OFFICIAL);
        LOGINS.put("observer", Role.OBSERVER);
        LOGINS.put("stats-observer", Role.STATS_OBSERVER);
        LOGINS.put("org-admin", Role.ORG_ADMIN);
        LOGINS.put("platform-admin", Role.PLATFORM_ADMIN);
        LOGINS.put("portal", Role.PORTAL);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessDefinitions processes;

    @Autowired
    Staff staff;

    @Test
    void everyRoleActionAndStatusIsAllowedExactlyWhenTheDefinitionAllowsIt() {
        ProcessDefinition process = processes.current("default");
        List<String> mismatches = new ArrayList<>();
        int tried = 0;
        for (String status : process.statuses().keySet()) {
            for (Map.Entry<String, Role> login : LOGINS.entrySet()) {
                Long employee = login.getValue() == Role.PORTAL ? null : staff.byLogin(login.getKey()).orElseThrow().id();
                long id = standingIn(status, employee);
                for (ProcessAction action : process.actions().values()) {
                    Set<String> facts = employee == null ? Set.of() : Set.of(Facts.CALLER_IS_ASSIGNEE);
                    // A repeatable action taken again in the final status it leads to answers the card, changing nothing.
                    boolean repeat = action.repeatable() && process.isFinal(status) && action.transitions().stream()
                            .anyMatch(t -> status.equals(t.to()) && t.roles().contains(login.getValue()));
                    boolean expected = repeat
                            || process.check(action.code(), status, Set.of(login.getValue()), facts).isAllowed();
                    int version = jdbc.sql("select version from applications_application where id = ?").param(id)
                            .query(Integer.class).single();
                    Api.Response answer = Api.as(port, login.getKey()).post("/api/v1/applications/" + id + "/actions/"
                            + action.code(), Map.of("version", version));
                    tried++;
                    // Refused for the caller's sake: 403 (role, assignment), 404 (not theirs to see), 409 (status,
                    // condition). Anything else passed the check: done (200) or short of a parameter (422).
                    boolean allowed = answer.status() == 200 || answer.status() == 422;
                    if (!allowed && answer.status() != 403 && answer.status() != 404 && answer.status() != 409) {
                        mismatches.add(line(status, login.getKey(), action.code()) + ": unexpected " + answer.status()
                                + " " + answer.text());
                    } else if (allowed != expected) {
                        mismatches.add(line(status, login.getKey(), action.code()) + ": API " + (allowed ? "allows" : "refuses")
                                + " (" + answer.status() + "), the definition " + (expected ? "allows" : "refuses"));
                    }
                    if (repeat && answer.status() == 200 && answer.json().get("version").asInt() != version) {
                        mismatches.add(line(status, login.getKey(), action.code()) + ": a repeat changed the application");
                    }
                    if (answer.status() == 200) id = standingIn(status, employee);
                }
            }
        }
        assertThat(tried).isEqualTo(process.statuses().size() * LOGINS.size() * process.actions().size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void noEmployeeOfAnotherOrganisationReadsOrActsOnAnApplicationThroughAnyEndpointOrPage() throws Exception {
        long id = fixtures().grantAwaitingSignature().get("id").asLong();
        JsonNode card = as("registrar").card(id);
        String base = "/api/v1/applications/" + id;
        List<String> reads = List.of(base, base + "/history", base + "/decision/document", base + "/decision/printable",
                base + "/decision/signature", base + "/documents", base + "/documents/types", base + "/exports",
                base + "/exports/1/content", base + "/documents/1/content");
        for (String login : List.of("registrar-b", "assigning-registrar-b", "specialist-b", "assigning-specialist-b",
                "official-b", "observer-b", "stats-observer-b", "org-admin-b")) {
            for (String path : reads) {
                assertThat(as(login).get(path).status()).as(login + " GET " + path).isEqualTo(404);
            }
            for (String action : processes.current("default").actions().keySet()) {
                assertThat(as(login).post(base + "/actions/" + action, Map.of("version", card.get("version").asInt()))
                        .status()).as(login + " " + action).isIn(403, 404);
            }
            assertThat(as(login).post(base + "/exports", Map.of()).status()).as(login + " export").isEqualTo(404);
            WorkstationSession pages = WorkstationSession.logIn(port, login);
            for (String page : List.of("/applications/" + id, "/applications/" + id + "/version",
                    "/applications/" + id + "/decision.pdf", "/applications/" + id + "/decision-original.pdf",
                    "/applications/" + id + "/decision.pdf.sig", "/applications/" + id + "/documents/1",
                    "/applications/" + id + "/exports/1", "/applications/" + id + "/interagency/1")) {
                // Not found, or the whole section closed to the role: the same answer as for no application at all.
                assertThat(pages.status(page)).as(login + " page " + page).isIn(403, 404)
                        .isEqualTo(pages.status(page.replace("/applications/" + id, "/applications/999999999")));
            }
        }
        assertThat(as("registrar").card(id).get("version").asInt()).as("nothing changed").isEqualTo(card.get("version").asInt());
    }

    /** A new application of organisation A standing in the status, assigned to the employee (none for the portal). */
    private long standingIn(String status, Long employee) {
        long id = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, Fixtures.uniqueSurname("Матрицын"))).expect(201).json()
                .get("id").asLong();
        jdbc.sql("update applications_application set status = ?, assignee_id = ? where id = ?")
                .params(status, employee, id).update();
        return id;
    }

    private static String line(String status, String login, String action) {
        return status + " × " + login + " × " + action;
    }
}
