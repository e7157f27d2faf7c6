package ru.reglament.interagency.internal;

import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;

/**
 * Ends the application's open round of requests, in the transaction of the system action that moves
 * the application on because of it ({@code smev-answers-received}, {@code smev-answers-partial}): the
 * move and the end of the round are one change, so a crash between them cannot repeat the move.
 */
@Component
class ConcludeRoundEffect implements ActionEffect {

    private final RequestStore store;

    ConcludeRoundEffect(RequestStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "conclude-interagency-round";
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        long application = context.application().id();
        return store.openRound(application)
                .filter(round -> store.conclude(application, round, context.action().code(), context.now()))
                .map(round -> Changes.none().detail("interagencyRound", round))
                .orElse(Changes.none());
    }
}
