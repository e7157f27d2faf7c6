package ru.reglament.interagency.internal;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationQueries;
import ru.reglament.interagency.InteragencyRequest;
import ru.reglament.interagency.InteragencyRequests;
import ru.reglament.shared.NotFoundException;

/** The requests as stored, named from the catalogue; also {@code GET /api/v1/applications/{id}/interagency-requests}. */
@RestController
class JdbcInteragencyRequests implements InteragencyRequests {

    private final RequestStore store;
    private final KindCatalog catalog;
    private final ApplicationQueries applications;
    private final PrintForms printForms;

    JdbcInteragencyRequests(RequestStore store, KindCatalog catalog, ApplicationQueries applications,
            PrintForms printForms) {
        this.printForms = printForms;
        this.store = store;
        this.catalog = catalog;
        this.applications = applications;
    }

    @Override
    @GetMapping(path = "/api/v1/applications/{id}/interagency-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<InteragencyRequest> of(@PathVariable("id") long applicationId, @AuthenticationPrincipal Actor actor) {
        // Only its organisation's staff read an application in full: anyone else gets its 404.
        applications.version(applicationId, actor);
        return store.of(applicationId).stream().map(this::named).toList();
    }

    @Override
    public Exchange exchange(long applicationId, long requestId, Actor actor) {
        applications.version(applicationId, actor);
        RequestStore.Exchanged found = store.exchanged(applicationId, requestId)
                .orElseThrow(() -> new NotFoundException("Запрос не найден"));
        return new Exchange(named(found.request()), ReadableXml.lines(found.requestBody()),
                ReadableXml.lines(found.answerBody()), found.sentEnvelope(), found.answerEnvelope());
    }

    @Override
    public byte[] printForm(long applicationId, long requestId, Actor actor) {
        Exchange exchange = exchange(applicationId, requestId, actor);
        return printForms.render(exchange, applications.numberOf(applicationId));
    }

    private InteragencyRequest named(RequestStore.StoredRequest r) {
        KindCatalog.Kind kind = catalog.kind(r.kindCode());
        return new InteragencyRequest(r.id(), r.applicationId(), r.round(), r.kindCode(), kind.kind().name(),
                kind.kind().provider(), r.required(), r.state(), r.messageId().toString(), r.queuedAt(), r.sentAt(),
                r.acceptedAt(), r.answeredAt(), r.dueAt(), r.problem(), r.attempts());
    }
}
