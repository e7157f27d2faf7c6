package ru.reglament.interagency;

import java.util.List;
import ru.reglament.access.Actor;

/** The interagency requests of an application, for those who may read it in full (its organisation's staff). */
public interface InteragencyRequests {

    /** Every request, round by round, as the card's «Межведомственные запросы» lists them. */
    List<InteragencyRequest> of(long applicationId, Actor actor);
}
