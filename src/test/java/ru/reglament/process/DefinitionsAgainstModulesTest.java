package ru.reglament.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.process.internal.TestAccess;
import ru.reglament.support.ScenarioBase;

/**
 * A definition must fit the modules that run it: every effect's arguments and the parameters it
 * reads, every type's own keys. Checked at start-up against the platform's real effects, types and
 * facts, so a mistake names the file, the action and the rule instead of failing a user later.
 */
class DefinitionsAgainstModulesTest extends ScenarioBase {

    @Autowired
    List<ActionEffect> effects;
    @Autowired
    List<ParameterType> types;
    @Autowired
    List<FactSource> facts;

    @TempDir
    Path dir;

    private final String yaml = read();

    @Test
    void anActionMustDeclareWhatItsEffectsNeed() throws IOException {
        assertRefused(yaml.replace("      assigneeId: { type: employee, required: true, label: Сотрудник }\n", ""),
                "assign: effect assign-to-employee needs parameter assigneeId of type employee");
        assertRefused(yaml.replace("signature: { type: signature, required: true,", "signature: { type: signature,"),
                "sign: effect sign-decision needs parameter signature; declare it required: true");
        assertRefused(yaml.replace("organisationOgrn: { type: organisation, required: true, label: Ведомство — поставщик услуги, "
                        + "max: 20, dependsOn: regionCode }", "organisationOgrn: { type: text, required: true, label: ОГРН, max: 20 }"),
                "route: effect route reads parameter organisationOgrn as type organisation, declared as text");
    }

    @Test
    void effectArgumentsAndTypeKeysAreChecked() throws IOException {
        assertRefused(yaml.replace("draft-decision: { kind: GRANT }", "draft-decision: { kind: PARDON }"),
                "grant: effect draft-decision: kind: one of [GRANT, REFUSAL, ACCEPTANCE_REFUSAL]");
        assertRefused(yaml.replace("whenNone: smev-answers-received", "whenNone: skip-smev"),
                "register: effect interagency-requests: whenNone: a system action of the process");
        assertRefused(yaml.replace("type: grounds, of: GRANT,", "type: grounds, of: AMNESTY,"),
                "actions.grant.parameters.grounds: of: the decision kind whose grounds are offered");
        assertRefused(yaml.replace("limit: decision-document, accept: application/pdf", "accept: application/pdf"),
                "actions.upload-decision.parameters.document: limit: the upload limit the file is read through");
    }

    private void assertRefused(String broken, String problem) throws IOException {
        Files.writeString(dir.resolve("default.yaml"), broken);
        assertThatThrownBy(() -> new TestAccess().load("file:" + dir + "/*.yaml", effects, types, facts))
                .hasMessageContaining(problem);
    }

    private static String read() {
        try {
            return Files.readString(Path.of("src/main/resources/processes/default.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
