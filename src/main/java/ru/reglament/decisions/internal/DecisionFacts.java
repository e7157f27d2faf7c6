package ru.reglament.decisions.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import ru.reglament.decisions.Decision;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.decisions.Decisions;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.FactSource;
import ru.reglament.process.Lookups;

/**
 * The facts of the application's unsigned draft: which kind it is ({@code draft-grant},
 * {@code draft-refusal}, {@code draft-acceptance-refusal}) and whether it is a grant or refusal
 * ({@code draft-decision}, what the specialist stage works towards).
 */
@Component
class DecisionFacts implements FactSource {

    static final String DRAFT_GRANT = "draft-grant";
    static final String DRAFT_REFUSAL = "draft-refusal";
    static final String DRAFT_ACCEPTANCE_REFUSAL = "draft-acceptance-refusal";
    static final String DRAFT_DECISION = "draft-decision";

    private final Decisions decisions;

    DecisionFacts(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<String> facts() {
        return Set.of(DRAFT_GRANT, DRAFT_REFUSAL, DRAFT_ACCEPTANCE_REFUSAL, DRAFT_DECISION);
    }

    @Override
    public void establish(ApplicationSnapshot application, Lookups lookups, Set<String> holding) {
        if (!application.hasDecision()) return;
        Decision draft = decisions.current(application.id(), lookups).filter(d -> !d.isSigned()).orElse(null);
        if (draft == null) return;
        holding.add(switch (draft.kind()) {
            case GRANT -> DRAFT_GRANT;
            case REFUSAL -> DRAFT_REFUSAL;
            case ACCEPTANCE_REFUSAL -> DRAFT_ACCEPTANCE_REFUSAL;
        });
        if (draft.kind() != DecisionKind.ACCEPTANCE_REFUSAL) holding.add(DRAFT_DECISION);
    }
}
