package ru.reglament.workstation.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.reglament.access.Actor;
import ru.reglament.interagency.InteragencyRequests;
import ru.reglament.shared.NotFoundException;

/**
 * «Открыть» and «Печать» of the card's «Межведомственные запросы»: a request and its answer as a
 * specialist reads them, the signed XML as it travelled one click away, and the print form.
 */
@WorkstationPage
class InteragencyRequestPage {

    private final InteragencyRequests requests;

    InteragencyRequestPage(InteragencyRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/applications/{id}/interagency/{request}")
    String request(@PathVariable long id, @PathVariable long request, @AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("exchange", requests.exchange(id, request, actor));
        model.addAttribute("applicationId", id);
        model.addAttribute("currentSection", "applications");
        return "workstation/interagency-request";
    }

    @GetMapping("/applications/{id}/interagency/{request}/sent.xml")
    ResponseEntity<byte[]> sent(@PathVariable long id, @PathVariable long request, @AuthenticationPrincipal Actor actor) {
        return xml(requests.exchange(id, request, actor).sentEnvelope(), "request-" + request + ".xml");
    }

    @GetMapping("/applications/{id}/interagency/{request}/answer.xml")
    ResponseEntity<byte[]> answer(@PathVariable long id, @PathVariable long request, @AuthenticationPrincipal Actor actor) {
        return xml(requests.exchange(id, request, actor).answerEnvelope(), "answer-" + request + ".xml");
    }

    @GetMapping("/applications/{id}/interagency/{request}/print.pdf")
    ResponseEntity<byte[]> print(@PathVariable long id, @PathVariable long request, @AuthenticationPrincipal Actor actor) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("interagency-request-" + request + ".pdf").build().toString())
                .body(requests.printForm(id, request, actor));
    }

    private static ResponseEntity<byte[]> xml(String envelope, String name) {
        if (envelope == null) throw new NotFoundException("Сообщения ещё нет");
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(envelope.getBytes(StandardCharsets.UTF_8));
    }
}
