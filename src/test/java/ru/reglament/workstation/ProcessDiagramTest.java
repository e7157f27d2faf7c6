package ru.reglament.workstation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.process.ProcessAction;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.ProcessDefinitions;
import ru.reglament.process.ProcessStatus;
import ru.reglament.process.Transition;

/**
 * The card's «Схема процесса» and the administrators' «Процессы» draw the definition: every status a
 * box with its name, every status change an arrow labelled with its actions, every action that keeps
 * the status listed in its box; the application's current and passed statuses marked.
 */
class ProcessDiagramTest extends BrowserTestBase {

    @Autowired
    ProcessDefinitions processes;

    @Test
    void theCardDrawsEveryStatusAndActionAndMarksWhereTheApplicationIs() {
        long id = fixtures().submit().get("id").asLong();
        Page page = fresh(1366, 768);
        logIn(page, "registrar");
        page.navigate("/applications/" + id);
        page.locator("#action-assign-self").click();
        assertThat(page.locator("#card-status")).hasText("Назначен исполнитель");
        page.locator("#tab-process").click();
        Locator svg = page.locator("#pane-process svg.process-svg");
        assertThat(svg).isVisible();

        assertDrawsTheDefinition(svg, processes.current("default"));
        assertThat(svg.locator("[data-status=REGISTRAR_ASSIGNED]")).hasClass(java.util.regex.Pattern.compile("\\bcurrent\\b"));
        assertThat(svg.locator("[data-status=NEW]")).hasClass(java.util.regex.Pattern.compile("\\bpassed\\b"));
        assertThat(svg.locator("[data-status=DECISION_DRAFTED]")).not().hasClass(java.util.regex.Pattern.compile("current|passed"));
        assertThat(svg.locator("[data-status=PROVIDED]")).hasClass(java.util.regex.Pattern.compile("\\bfinal\\b"));
        double right = ((Number) svg.evaluate("e => e.getBoundingClientRect().right")).doubleValue();
        assertThat(right).as("the diagram's right edge at 1366 px").isLessThanOrEqualTo(1366);
        screenshot(page, "card-process-diagram");
    }

    @Test
    void administratorsSeeEveryVersionDrawnTheSameWay() {
        Page page = fresh(1366, 768);
        logIn(page, "platform-admin");
        // The platform administrator's home says what the platform holds, not an empty page.
        assertThat(page.locator("#widget-platform")).containsText("Версии процессов");
        assertThat(page.locator("#widget-platform a[href='/admin/processes']")).hasText(String.valueOf(processes.all().size()));
        page.locator("#widget-platform a[href='/admin/processes']").click();
        ProcessDefinition current = processes.current("default");
        assertThat(page.locator("#version-default-" + current.version())).hasClass(java.util.regex.Pattern.compile("\\bactive\\b"));
        assertDrawsTheDefinition(page.locator("svg.process-svg"), current);
        screenshot(page, "admin-processes");

        page.navigate("/admin/processes?process=default&version=999");
        assertThat(page.locator("#error-title")).hasText("Не найдено");
        assertThat(page.locator("#error-message")).hasText("Нет такого процесса или версии: default v999");

        Page registrar = loggedIn("registrar");
        assertThat(registrar.locator("#section-processes")).hasCount(0);
        registrar.navigate("/admin/processes");
        assertThat(registrar.locator("#error-title")).hasText("Нет доступа");
    }

    @Test
    void inEnglishTheDiagramSpeaksEnglish() {
        Page page = loggedIn("org-admin");
        page.navigate("/admin/processes?lang=en");
        Locator svg = page.locator("svg.process-svg");
        assertThat(text(svg.locator("[data-status=DECISION_DRAFTED] text.name"))).isEqualTo("Decision drafted");
        assertThat(text(svg.locator("g.transition[data-from=DECISION_DRAFTED][data-to=PROVIDED] text"))).isEqualTo("Sign");
    }

    /** Every status is a box named as the definition names it; every action is drawn where it applies. */
    private static void assertDrawsTheDefinition(Locator svg, ProcessDefinition process) {
        for (ProcessStatus status : process.statuses().values()) {
            assertThat(text(svg.locator("[data-status=" + status.code() + "] text.name"))).isEqualTo(status.name());
        }
        for (ProcessAction action : process.actions().values()) {
            for (Transition t : action.transitions()) {
                for (String from : t.from()) {
                    String box = from.equals(ProcessDefinitions.ANY) ? "any" : from;
                    if (t.keepsStatus() || t.to().equals(from)) {
                        assertThat(text(svg.locator("[data-status=" + box + "] text.actions")))
                                .as("%s listed in %s", action.code(), box).contains(action.label());
                    } else {
                        Locator arrow = svg.locator("g.transition[data-from=" + box + "][data-to=" + t.to() + "]");
                        assertThat(arrow).hasCount(1);
                        assertThat(arrow.getAttribute("data-actions").split(" ")).contains(action.code());
                        assertThat(text(arrow.locator("text"))).as("arrow %s → %s", box, t.to()).contains(action.label());
                    }
                }
            }
        }
    }

    /** A drawing's wrapped lines read as one text again. */
    private static String text(Locator lines) {
        List<String> parts = lines.allTextContents();
        return String.join(" ", parts);
    }
}
