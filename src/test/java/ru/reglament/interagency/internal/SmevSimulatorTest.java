package ru.reglament.interagency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import ru.reglament.directory.Directory;
import ru.reglament.interagency.InteragencyScenario;
import ru.reglament.interagency.internal.xmldsig.SmevSigner;

/**
 * The simulator refuses what SMEV refuses, over HTTP with SOAP faults: a tampered or unsigned
 * message, SenderProvidedRequestData out of the schema's order, a MessageID that is not a UUID v1,
 * and a MessageID it has already (which the adapter takes as sent). It answers only POST.
 */
@InteragencyScenario
class SmevSimulatorTest {

    private static final String EGRN = """
            <ExtractRequest xmlns="urn://x-artefacts-rosreestr-gov-ru/virtual/egrn-extract/1.0.1">\
            <RequestNumber>ТОС-2026-000777</RequestNumber><CadastralNumber>47:26:0813001:245</CadastralNumber>\
            </ExtractRequest>""";

    @Autowired
    SimulatorEndpoint simulator;

    @Autowired
    OrganisationKeys keys;

    @Autowired
    Directory directory;

    @Test
    void aWellFormedSignedRequestIsQueued() throws Exception {
        String envelope = Xml.text(SmevMessages.sendRequest(RequestStore.newMessageId(), EGRN, false, signer()));
        Document answer = post(envelope);
        assertThat(SmevMessages.faultCode(answer)).isNull();
        assertThat(Xml.textOf(answer, SmevMessages.TYPES, "Status")).isEqualTo("requestIsQueued");
    }

    @Test
    void aTamperedRequestFailsItsSignature() throws Exception {
        String envelope = Xml.text(SmevMessages.sendRequest(RequestStore.newMessageId(), EGRN, false, signer()));
        String tampered = envelope.replace("47:26:0813001:245", "47:26:0813001:246");
        assertThat(tampered).isNotEqualTo(envelope);
        Document answer = post(tampered);
        assertThat(SmevMessages.faultCode(answer)).isEqualTo("SignatureVerificationFault");
        assertThat(SmevMessages.faultString(answer)).contains("digest mismatch");
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        String envelope = Xml.text(SmevMessages.sendRequest(RequestStore.newMessageId(), EGRN, false, signer()));
        String unsigned = envelope.replaceAll("(?s)<ds:Signature.*</ds:Signature>", "");
        assertThat(SmevMessages.faultCode(post(unsigned))).isEqualTo("SignatureVerificationFault");
    }

    @Test
    void elementsOutOfTheSchemasOrderAreInvalidContent() throws Exception {
        // TestMessage belongs after MessagePrimaryContent; signed as it stands, so only the order is wrong.
        Document built = SmevMessages.sendRequest(RequestStore.newMessageId(), EGRN, true, signer());
        String text = Xml.text(built);
        Document reordered = Xml.parse(text);
        var data = Xml.first(reordered, SmevMessages.TYPES, "SenderProvidedRequestData");
        var test = Xml.first(data, SmevMessages.TYPES, "TestMessage");
        var content = Xml.first(data, SmevMessages.BASIC, "MessagePrimaryContent");
        data.insertBefore(test, content);
        Xml.first(reordered, SmevMessages.TYPES, "CallerInformationSystemSignature").setTextContent("");
        Document resigned = SmevMessages.signed(reordered, SmevMessages.SIGNED_BY_CONSUMER,
                "CallerInformationSystemSignature", signer());
        Document answer = post(Xml.text(resigned));
        assertThat(SmevMessages.faultCode(answer)).isEqualTo("InvalidContent");
        assertThat(SmevMessages.faultString(answer)).contains("MessagePrimaryContent is out of order");
    }

    @Test
    void aMessageIdMustBeATimeBasedUuid() throws Exception {
        String envelope = Xml.text(SmevMessages.sendRequest(UUID.randomUUID(), EGRN, false, signer()));
        assertThat(SmevMessages.faultCode(post(envelope))).isEqualTo("InvalidMessageIdFormat");
    }

    @Test
    void theSameMessageIdTwiceIsAlreadySent() throws Exception {
        UUID id = RequestStore.newMessageId();
        assertThat(SmevMessages.faultCode(post(Xml.text(SmevMessages.sendRequest(id, EGRN, false, signer()))))).isNull();
        assertThat(SmevMessages.faultCode(post(Xml.text(SmevMessages.sendRequest(id, EGRN, false, signer())))))
                .isEqualTo("MessageIsAlreadySent");
    }

    @Test
    void itAnswersOnlyPost() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(simulator.uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    private SmevSigner signer() {
        return keys.organisation(directory.organisationByOgrn("1024701543217").orElseThrow().id());
    }

    private Document post(String envelope) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(simulator.uri())
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Document answer = Xml.parse(response.body());
        // SOAP 1.1: a fault comes with HTTP 500, anything else with 200.
        assertThat(response.statusCode()).isEqualTo(SmevMessages.faultCode(answer) == null ? 200 : 500);
        return answer;
    }
}
