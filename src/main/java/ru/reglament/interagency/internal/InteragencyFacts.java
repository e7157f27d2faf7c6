package ru.reglament.interagency.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.FactSource;
import ru.reglament.process.Lookups;

/**
 * {@code rerequested-in-review}: the open round of requests was asked for during the review of the
 * documents, so concluding it returns there (and not to «принято к рассмотрению»).
 */
@Component
class InteragencyFacts implements FactSource {

    static final String IN_REVIEW = "rerequested-in-review";
    private static final String REVIEW_STATUS = "DOCUMENTS_REVIEW";

    private final RequestStore store;

    InteragencyFacts(RequestStore store) {
        this.store = store;
    }

    @Override
    public Set<String> facts() {
        return Set.of(IN_REVIEW);
    }

    @Override
    public void establish(ApplicationSnapshot application, Lookups lookups, Set<String> holding) {
        if (store.openRoundStartedIn(application.id()).filter(REVIEW_STATUS::equals).isPresent()) holding.add(IN_REVIEW);
    }
}
