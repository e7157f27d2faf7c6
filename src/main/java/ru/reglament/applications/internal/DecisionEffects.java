package ru.reglament.applications.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.applications.Person;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.DecisionDocumentModel;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.decisions.Decisions;
import ru.reglament.directory.DecisionGround;
import ru.reglament.process.EffectCall;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.shared.Violations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drafting, replacing and signing the decision, as effects of the process's actions. */
final class DecisionEffects {

    private DecisionEffects() {
    }

    /** Drafts a decision of the kind the definition names, citing grounds from the service's list. */
    @Component
    static class DraftDecision implements ActionEffect {

        private final Decisions decisions;
        private final JsonMapper json;
        private final ZoneId zone;

        DraftDecision(Decisions decisions, JsonMapper json, @Value("${reglament.time-zone:Europe/Moscow}") ZoneId zone) {
            this.decisions = decisions;
            this.json = json;
            this.zone = zone;
        }

        @Override
        public String name() {
            return "draft-decision";
        }

        @Override
        public void apply(ActionExecution execution, EffectCall call) {
            DecisionKind kind = DecisionKind.valueOf(call.argument("kind"));
            Violations violations = new Violations();
            List<DecisionGround> grounds = grounds(execution, kind, violations);
            String explanation = execution.text("explanation");
            if (kind == DecisionKind.ACCEPTANCE_REFUSAL && (explanation == null || explanation.isEmpty())) {
                violations.add("explanation", "required", "Заполните разъяснение причин отказа");
            }
            violations.throwIfAny();
            ApplicationRow application = execution.application();
            Person applicant = json.readValue(application.applicant(), Person.class);
            DecisionDocumentModel model = new DecisionDocumentModel(kind, execution.service().code(),
                    execution.service().title(), execution.organisation().title(), execution.organisation().address(),
                    execution.organisation().phone(), execution.organisation().email(), applicant.displayName(),
                    applicant.address(), application.portalNumber(), execution.registrationNumber(),
                    application.submittedAt().atZone(zone).toLocalDate(), execution.now().atZone(zone).toLocalDate(),
                    grounds.stream().map(DecisionGround::title).toList(), explanation, execution.text("extraInfo"), null);
            Decision decision = decisions.draft(application.id(), model, grounds, execution.actor().employeeIdOrNull(),
                    execution.actor().fullName(), execution.now());
            execution.markDecisionDrafted();
            execution.details().put("decisionKind", kind.name()).put("documentSha256", decision.document().sha256());
        }

        private static List<DecisionGround> grounds(ActionExecution execution, DecisionKind kind, Violations violations) {
            Map<String, DecisionGround> allowed = execution.service().groundsFor(kind.name()).stream()
                    .collect(Collectors.toMap(DecisionGround::code, Function.identity()));
            List<DecisionGround> chosen = new ArrayList<>();
            JsonNode codes = execution.param("grounds");
            if (codes != null && !codes.isArray()) {
                violations.add("grounds", "array", "Основания передаются списком кодов");
                return chosen;
            }
            if (codes != null) {
                for (int i = 0; i < codes.size(); i++) {
                    DecisionGround ground = allowed.get(codes.get(i).asString());
                    if (ground == null) {
                        violations.add("grounds[" + i + "]", "ground.unknown",
                                "Основание не из перечня оснований услуги: " + codes.get(i).asString());
                    } else if (!chosen.contains(ground)) {
                        chosen.add(ground);
                    }
                }
            }
            if (kind != DecisionKind.GRANT && chosen.isEmpty() && violations.isEmpty()) {
                violations.add("grounds", "required", "Выберите основания для отказа");
            }
            return chosen;
        }
    }

    @Component
    static class ReplaceDocument implements ActionEffect {

        private final Decisions decisions;

        ReplaceDocument(Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return "replace-decision-document";
        }

        @Override
        public void apply(ActionExecution execution, EffectCall call) {
            if (execution.upload() == null) {
                throw new InvalidInputException("document", "required", "Загрузите файл проекта решения");
            }
            Decision decision = decisions.replaceDocument(execution.application().id(), execution.upload(),
                    execution.actor().employeeIdOrNull(), execution.actor().fullName(), execution.now());
            execution.details().put("documentSha256", decision.document().sha256());
        }
    }

    @Component
    static class SignDecision implements ActionEffect {

        private final Decisions decisions;

        SignDecision(Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return "sign-decision";
        }

        @Override
        public void apply(ActionExecution execution, EffectCall call) {
            Decision decision = decisions.sign(execution.application().id(), execution.text("signature"),
                    execution.actor().employeeIdOrNull(), execution.now());
            Decision.SignatureDetails signature = decision.signature();
            execution.details().put("signerName", signature.signerName())
                    .put("certificateSerial", signature.certificateSerial())
                    .put("certificateThumbprint", signature.certificateThumbprint())
                    .put("testSignature", signature.testSignature());
        }
    }
}
