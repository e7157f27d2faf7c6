package ru.reglament.interagency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.reglament.interagency.internal.xmldsig.SmevSigner;
import ru.reglament.signatures.TestCertificateAuthority;
import ru.reglament.signatures.TestSigner;

/** An answer is taken only if its provider's signature holds over SenderProvidedResponseData. */
class ProviderSignatureTest {

    private static final TestSigner PROVIDER = new TestCertificateAuthority()
            .issueOrganisation("Росреестр", "1047796940465", Duration.ofDays(30));

    @Test
    void aSignedAnswerPassesAndATamperedOneIsNamed() {
        String signed = Xml.text(answer("47:26:0813001:245"));
        assertThat(SmevExchange.providerSignatureProblem(message(signed))).isNull();

        String tampered = signed.replace("Собственность", "Аренда");
        assertThat(tampered).isNotEqualTo(signed);
        assertThat(SmevExchange.providerSignatureProblem(message(tampered)))
                .isEqualTo("Подпись поставщика не прошла проверку: digest mismatch");
    }

    @Test
    void anAnswerWithoutTheProvidersSignatureIsTakenAsSmevVouchesForIt() {
        String unsigned = Xml.text(answer("47:26:0813001:245")).replaceAll("(?s)<ds:Signature.*</ds:Signature>", "");
        assertThat(SmevExchange.providerSignatureProblem(message(unsigned))).isNull();
    }

    private static Element message(String envelope) {
        return Xml.first(Xml.parse(envelope), SmevMessages.TYPES, "ResponseMessage");
    }

    private static Document answer(String cadastralNumber) {
        Document doc = Xml.empty();
        Element body = SmevMessages.envelope(doc);
        Element response = SmevMessages.add(doc, body, SmevMessages.TYPES, "ns:GetResponseResponse");
        Element message = SmevMessages.add(doc, response, SmevMessages.TYPES, "ns:ResponseMessage");
        Element smev = SmevMessages.add(doc, message, SmevMessages.TYPES, "ns:Response");
        SmevMessages.add(doc, smev, SmevMessages.TYPES, "ns:OriginalMessageId").setTextContent(RequestStore.newMessageId().toString());
        Element data = SmevMessages.add(doc, smev, SmevMessages.TYPES, "ns:SenderProvidedResponseData");
        data.setAttribute("Id", SmevMessages.SIGNED_BY_PROVIDER);
        SmevMessages.add(doc, data, SmevMessages.TYPES, "ns:MessageID").setTextContent(RequestStore.newMessageId().toString());
        Element content = SmevMessages.add(doc, data, SmevMessages.BASIC, "bas:MessagePrimaryContent");
        content.appendChild(doc.importNode(Xml.parse("""
                <ExtractResponse xmlns="urn://x-artefacts-rosreestr-gov-ru/virtual/egrn-extract/1.0.1">\
                <CadastralNumber>%s</CadastralNumber><Right><Type>Собственность</Type></Right></ExtractResponse>"""
                .formatted(cadastralNumber)).getDocumentElement(), true));
        SmevMessages.add(doc, smev, SmevMessages.TYPES, "ns:ProviderInformationSystemSignature");
        return SmevMessages.signed(doc, SmevMessages.SIGNED_BY_PROVIDER, "ProviderInformationSystemSignature",
                new SmevSigner(PROVIDER.privateKey(), PROVIDER.certificate()));
    }
}
