package ru.reglament.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.reglament.staff.Role;

/** The process definition is data: the engine reads it, and refuses a broken one. */
class ProcessDefinitionTest {

    private static final List<ProcessEffect> EFFECTS = List.of("assign-to-caller", "assign-to-employee", "route",
            "registration-number", "interagency-requests", "draft-decision", "replace-decision-document", "sign-decision",
            "intermediate-status").stream().map(name -> (ProcessEffect) () -> name).toList();

    private static ProcessDefinition defaultProcess() {
        return new ru.reglament.process.internal.TestAccess().load("classpath*:processes/*.yaml", EFFECTS).current("default");
    }

    @Test
    void defaultProcessLoadsWithEveryStatusOfTheDomain() {
        ProcessDefinition process = defaultProcess();
        assertThat(process.statuses().keySet()).contains("NEW", "REGISTRAR_ASSIGNED", "ACCEPTANCE_DECISION",
                "SMEV_REQUESTED", "SMEV_RECEIVED", "SMEV_PARTIAL", "ACCEPTED_FOR_REVIEW", "DOCUMENTS_REVIEW",
                "DECISION_DRAFTED", "PROVIDED", "REFUSED", "ACCEPTANCE_REFUSED", "WITHDRAWN");
        assertThat(process.status("DECISION_DRAFTED").name()).isEqualTo("Подготовлен проект решения");
        assertThat(process.isFinal("PROVIDED")).isTrue();
    }

    @Test
    void registrarMayTakeNewApplicationButSpecialistMayNot() {
        ProcessDefinition process = defaultProcess();
        assertThat(process.check("assign-self", "NEW", Set.of(Role.REGISTRAR), Set.of()).transition().to())
                .isEqualTo("REGISTRAR_ASSIGNED");
        assertThat(process.check("assign-self", "NEW", Set.of(Role.SPECIALIST), Set.of()).denial())
                .isEqualTo(ActionCheck.Denial.ROLE);
        assertThat(process.check("assign-self", "NEW", Set.of(Role.OBSERVER), Set.of()).denial())
                .isEqualTo(ActionCheck.Denial.ROLE);
        assertThat(process.check("register", "NEW", Set.of(Role.REGISTRAR), Set.of()).denial())
                .isEqualTo(ActionCheck.Denial.WRONG_STATUS);
        assertThat(process.check("register", "ACCEPTANCE_DECISION", Set.of(Role.REGISTRAR), Set.of()).denial())
                .isEqualTo(ActionCheck.Denial.NOT_ASSIGNEE);
        assertThat(process.check("send-for-signing", "DOCUMENTS_REVIEW", Set.of(Role.SPECIALIST),
                Set.of(Facts.CALLER_IS_ASSIGNEE)).denial()).isEqualTo(ActionCheck.Denial.CONDITION);
    }

    @Test
    void signingEndsInTheStatusOfTheDraftsKind() {
        ProcessDefinition process = defaultProcess();
        assertThat(process.check("sign", "DECISION_DRAFTED", Set.of(Role.OFFICIAL), Set.of(Facts.DRAFT_GRANT,
                Facts.DRAFT_DECISION)).transition().to()).isEqualTo("PROVIDED");
        assertThat(process.check("sign", "DECISION_DRAFTED", Set.of(Role.OFFICIAL), Set.of(Facts.DRAFT_REFUSAL,
                Facts.DRAFT_DECISION)).transition().to()).isEqualTo("REFUSED");
        assertThat(process.check("sign", "DECISION_DRAFTED", Set.of(Role.OFFICIAL), Set.of(Facts.DRAFT_ACCEPTANCE_REFUSAL))
                .transition().to()).isEqualTo("ACCEPTANCE_REFUSED");
        assertThat(process.check("return-for-rework", "DECISION_DRAFTED", Set.of(Role.OFFICIAL),
                Set.of(Facts.DRAFT_ACCEPTANCE_REFUSAL)).transition().to()).isEqualTo("ACCEPTANCE_DECISION");
    }

    @Test
    void onlyCommentsAndIntermediateStatusesForTheApplicantAndTheWithdrawalArePublic() {
        ProcessDefinition process = defaultProcess();
        assertThat(process.actions().values().stream().filter(ProcessAction::isPublic).map(ProcessAction::code))
                .containsExactlyInAnyOrder("comment-to-applicant", "intermediate-status", "withdraw");
    }

    @Test
    void whoMayTakeAnActionChangesWithTheDataFileAlone(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/processes/default.yaml"))
                .replace("- { from: [NEW], to: REGISTRAR_ASSIGNED, roles: [REGISTRAR, ASSIGNING_REGISTRAR] }",
                        "- { from: [NEW], to: REGISTRAR_ASSIGNED, roles: [ASSIGNING_REGISTRAR] }")
                .replace("version: 1", "version: 2");
        Files.writeString(dir.resolve("default.yaml"), yaml);
        ProcessDefinition changed = new ru.reglament.process.internal.TestAccess()
                .load("file:" + dir + "/*.yaml", EFFECTS).current("default");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.check("assign-self", "NEW", Set.of(Role.REGISTRAR), Set.of()).denial())
                .isEqualTo(ActionCheck.Denial.ROLE);
    }

    @Test
    void brokenDefinitionsAreRefusedNamingTheProblem(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/processes/default.yaml"));
        assertRefused(dir, yaml.replace("roles: [OFFICIAL], when: draft-grant", "roles: [JUDGE], when: draft-grant"),
                "unknown role JUDGE");
        assertRefused(dir, yaml.replace("effects: [sign-decision]", "effects: [launch-rocket]"), "unknown effect launch-rocket");
        assertRefused(dir, yaml.replace("  WITHDRAWN:           { name: Отозвано заявителем, final: true }",
                "  WITHDRAWN:           { name: Отозвано заявителем, final: true }\n  LIMBO: { name: Лимб }"),
                "status LIMBO is not reachable");
        assertRefused(dir, yaml.replace("to: PROVIDED, roles: [OFFICIAL]", "to: NOWHERE, roles: [OFFICIAL]"),
                "unknown status in to: NOWHERE");
        assertRefused(dir, yaml.replace("    comment: required\n    public: true", "    comment: required\n    public: everyone"),
                "comment-to-applicant.public: true or false");
    }

    private static void assertRefused(Path dir, String yaml, String problem) throws IOException {
        Files.writeString(dir.resolve("default.yaml"), yaml);
        assertThatThrownBy(() -> new ru.reglament.process.internal.TestAccess().load("file:" + dir + "/*.yaml", EFFECTS))
                .hasMessageContaining(problem);
    }
}
