package ru.reglament.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.reglament.shared.FieldViolation;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;
import tools.jackson.databind.json.JsonMapper;

/** The process definition is data: the engine reads it, and refuses a broken one. */
class ProcessDefinitionTest {

    private static final String DRAFT_GRANT = "draft-grant";
    private static final String DRAFT_REFUSAL = "draft-refusal";
    private static final String DRAFT_ACCEPTANCE_REFUSAL = "draft-acceptance-refusal";
    private static final String DRAFT_DECISION = "draft-decision";

    private static ProcessDefinitions load(String location) {
        return new ru.reglament.process.internal.TestAccess().load(location, Named.EFFECTS, Named.TYPES, Named.FACTS);
    }

    private static ProcessDefinition defaultProcess() {
        return load("classpath:processes/default.yaml").current("default");
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
        assertThat(process.check("sign", "DECISION_DRAFTED", Set.of(Role.OFFICIAL), Set.of(DRAFT_GRANT,
                DRAFT_DECISION)).transition().to()).isEqualTo("PROVIDED");
        assertThat(process.check("sign", "DECISION_DRAFTED", Set.of(Role.OFFICIAL), Set.of(DRAFT_REFUSAL,
                DRAFT_DECISION)).transition().to()).isEqualTo("REFUSED");
        assertThat(process.check("sign", "DECISION_DRAFTED", Set.of(Role.OFFICIAL), Set.of(DRAFT_ACCEPTANCE_REFUSAL))
                .transition().to()).isEqualTo("ACCEPTANCE_REFUSED");
        assertThat(process.check("return-for-rework", "DECISION_DRAFTED", Set.of(Role.OFFICIAL),
                Set.of(DRAFT_ACCEPTANCE_REFUSAL)).transition().to()).isEqualTo("ACCEPTANCE_DECISION");
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
        ProcessDefinition changed = load("file:" + dir + "/*.yaml").current("default");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.check("assign-self", "NEW", Set.of(Role.REGISTRAR), Set.of()).denial())
                .isEqualTo(ActionCheck.Denial.ROLE);
    }

    @Test
    void whatARoleWaitsForAndWhatAnActionAsksForChangeWithTheDataFileAlone(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/processes/default.yaml"))
                .replace("queue: { roles: [OFFICIAL], label: Ожидают подписания, en: Awaiting signature, mine: true }",
                        "queue: { roles: [OFFICIAL, OBSERVER], label: Ожидают подписания, en: Awaiting signature, mine: true }")
                .replace("    label: Пропустить МЗ\n", "    label: Пропустить МЗ\n    parameters:\n"
                        + "      comment: { type: text, required: true, label: Причина пропуска, max: 1000 }\n")
                .replace("version: 1", "version: 2");
        Files.writeString(dir.resolve("default.yaml"), yaml);
        ProcessDefinition changed = load("file:" + dir + "/*.yaml").current("default");

        assertThat(defaultProcess().queuesOf(Set.of(Role.OBSERVER))).isEmpty();
        assertThat(changed.queuesOf(Set.of(Role.OBSERVER))).extracting(ProcessStatus::code).containsExactly("DECISION_DRAFTED");

        assertThat(defaultProcess().action("skip-smev").requiresComment()).isFalse();
        ProcessAction skip = changed.action("skip-smev");
        assertThat(skip.requiresComment()).isTrue();
        assertThat(skip.parameters().get("comment").label()).isEqualTo("Причина пропуска");
        Violations violations = new Violations();
        changed.checkBody("skip-smev", JsonMapper.builder().build().createObjectNode().put("comment", "я".repeat(1001)),
                violations);
        assertThat(violations.list()).extracting(FieldViolation::rule).containsExactly("text.too-long");
    }

    @Test
    void brokenDefinitionsAreRefusedNamingTheProblem(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/processes/default.yaml"));
        assertRefused(dir, yaml.replace("roles: [OFFICIAL], when: draft-grant", "roles: [JUDGE], when: draft-grant"),
                "unknown role JUDGE");
        assertRefused(dir, yaml.replace("effects: [sign-decision]", "effects: [launch-rocket]"), "unknown effect launch-rocket");
        assertRefused(dir, yaml.replace("  WITHDRAWN:           { name: Отозвано заявителем, en: Withdrawn by the applicant, final: true }",
                "  WITHDRAWN:           { name: Отозвано заявителем, en: Withdrawn by the applicant, final: true }\n  LIMBO: { name: Лимб, queue: assignee }"),
                "status LIMBO is not reachable");
        assertRefused(dir, yaml.replace("to: PROVIDED, roles: [OFFICIAL]", "to: NOWHERE, roles: [OFFICIAL]"),
                "unknown status in to: NOWHERE");
        assertRefused(dir, yaml.replace("    submit: Добавить\n    public: true", "    submit: Добавить\n    public: everyone"),
                "comment-to-applicant.public: true or false");
        assertRefused(dir, yaml.replace("assigneeId: { type: employee,", "assigneeId: { type: person,"),
                "actions.assign.parameters.assigneeId.type: unknown type person");
        assertRefused(dir, yaml.replace("when: draft-grant }", "when: draft-granted }"), "unknown fact draft-granted");
        assertRefused(dir, yaml.replace("  REGISTRAR_ASSIGNED:  { name: Назначен исполнитель, en: Assigned, queue: assignee }",
                "  REGISTRAR_ASSIGNED:  { name: Назначен исполнитель, en: Assigned }"), "statuses.REGISTRAR_ASSIGNED.queue is required");
    }

    private static void assertRefused(Path dir, String yaml, String problem) throws IOException {
        // An edit whose text the definition no longer has would test the unchanged file.
        assertThat(yaml).as("the edit applies").isNotEqualTo(Files.readString(Path.of("src/main/resources/processes/default.yaml")));
        Files.writeString(dir.resolve("default.yaml"), yaml);
        assertThatThrownBy(() -> load("file:" + dir + "/*.yaml")).hasMessageContaining(problem);
    }
}
