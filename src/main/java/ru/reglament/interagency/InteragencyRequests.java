package ru.reglament.interagency;

import java.util.List;
import ru.reglament.access.Actor;

/** The interagency requests of an application, for those who may read it in full (its organisation's staff). */
public interface InteragencyRequests {

    /** Every request, round by round, as the card's «Межведомственные запросы» lists them. */
    List<InteragencyRequest> of(long applicationId, Actor actor);

    /** One request with what was sent and what came back, readable and as the signed XML. */
    Exchange exchange(long applicationId, long requestId, Actor actor);

    /** The print form of a request and its answer (PDF). */
    byte[] printForm(long applicationId, long requestId, Actor actor);

    /**
     * A request with its business data and the answer's, each as lines of {@code label → value}
     * (element names joined by « / »), and the signed envelopes as they travelled (null until then).
     */
    record Exchange(InteragencyRequest request, List<Line> sent, List<Line> answer, String sentEnvelope,
            String answerEnvelope) {
    }

    record Line(String label, String value) {
    }
}
