package ru.reglament.decisions.internal;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.DecisionDocumentModel;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.decisions.DecisionSigned;
import ru.reglament.decisions.Decisions;
import ru.reglament.directory.DecisionGround;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.process.ProcessDefinition;
import ru.reglament.process.Upload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drafting, replacing and signing the decision, as effects of the process's actions. */
final class DecisionEffects {

    static final String GROUNDS = "grounds";
    static final String EXPLANATION = "explanation";
    static final String EXTRA_INFO = "extraInfo";
    static final String DOCUMENT = "document";
    static final String SIGNATURE = "signature";

    private DecisionEffects() {
    }

    /**
     * Drafts a decision of the kind the definition names ({@code draft-decision: {kind: GRANT}}),
     * citing grounds from the service's list; what is required (grounds of a refusal, the
     * explanation of an acceptance refusal) the action's parameters declare.
     */
    @Component
    static class DraftDecision implements ActionEffect {

        private final Decisions decisions;
        private final JsonMapper json;
        private final ZoneId zone;

        DraftDecision(Decisions decisions, JsonMapper json, ZoneId zone) {
            this.decisions = decisions;
            this.json = json;
            this.zone = zone;
        }

        @Override
        public String name() {
            return "draft-decision";
        }

        @Override
        public List<EffectParameter> parameters() {
            return List.of(new EffectParameter(GROUNDS, GroundsParameterType.NAME, false),
                    new EffectParameter(EXPLANATION, "text", false), new EffectParameter(EXTRA_INFO, "text", false));
        }

        @Override
        public List<String> problems(EffectCall call, ProcessDefinition process) {
            try {
                DecisionKind.valueOf(String.valueOf(call.argument("kind")));
                return call.arguments().size() == 1 ? List.of() : List.of("takes only kind");
            } catch (IllegalArgumentException e) {
                return List.of("kind: one of " + List.of(DecisionKind.values()));
            }
        }

        @Override
        public Changes apply(ActionContext context, EffectCall call) {
            DecisionKind kind = DecisionKind.valueOf(call.argument("kind"));
            List<DecisionGround> grounds = context.inputs().values(GROUNDS, DecisionGround.class);
            ApplicationSnapshot application = context.application();
            PublicService service = context.service();
            Organisation organisation = context.organisation();
            JsonNode applicant = json.readTree(application.applicant());
            DecisionDocumentModel model = new DecisionDocumentModel(kind, service.code(), service.title(),
                    organisation.title(), organisation.address(), organisation.phone(), organisation.email(),
                    application.applicantName(), applicant.path("address").asString(null), application.portalNumber(),
                    application.registrationNumber(), application.submittedAt().atZone(zone).toLocalDate(),
                    context.now().atZone(zone).toLocalDate(), grounds.stream().map(DecisionGround::title).toList(),
                    context.inputs().text(EXPLANATION), context.inputs().text(EXTRA_INFO), null);
            Decision decision = decisions.draft(application.id(), model, grounds, context.caller().employeeIdOrNull(),
                    context.caller().fullName(), context.now());
            return Changes.none().decisionChanged().detail("decisionKind", kind.name())
                    .detail("documentSha256", decision.document().sha256());
        }
    }

    /** Withdraws the unsigned draft (the registrar decides to register after all; the specialist starts over). */
    @Component
    static class DiscardDraft implements ActionEffect {

        private final Decisions decisions;

        DiscardDraft(Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public String name() {
            return "discard-decision-draft";
        }

        @Override
        public Changes apply(ActionContext context, EffectCall call) {
            Decision draft = decisions.discardDraft(context.application().id());
            return Changes.none().decisionChanged().detail("decisionKind", draft.kind().name())
                    .detail("documentSha256", draft.document().sha256());
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
        public List<EffectParameter> parameters() {
            return List.of(new EffectParameter(DOCUMENT, "file", true));
        }

        @Override
        public Changes apply(ActionContext context, EffectCall call) {
            Upload upload = context.inputs().value(DOCUMENT, Upload.class);
            Decision decision = decisions.replaceDocument(context.application().id(), upload.bytes(),
                    context.caller().employeeIdOrNull(), context.caller().fullName(), context.now());
            return Changes.none().decisionChanged().detail("documentSha256", decision.document().sha256());
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
        public List<EffectParameter> parameters() {
            return List.of(new EffectParameter(SIGNATURE, SignatureParameterType.NAME, true));
        }

        @Override
        public Changes apply(ActionContext context, EffectCall call) {
            Decision decision = decisions.sign(context.application().id(), context.inputs().text(SIGNATURE),
                    context.caller().employeeIdOrNull(), context.now());
            Decision.SignatureDetails signature = decision.signature();
            return Changes.none().decisionChanged()
                    .detail("signerName", signature.signerName())
                    .detail("certificateSerial", signature.certificateSerial())
                    .detail("certificateThumbprint", signature.certificateThumbprint())
                    .detail("testSignature", signature.testSignature())
                    .publish(new DecisionSigned(context.application().id(), decision.id(), decision.kind(),
                            decision.document().sha256(), signature.certificateSerial(), signature.testSignature(),
                            signature.signedAt()));
        }
    }
}
