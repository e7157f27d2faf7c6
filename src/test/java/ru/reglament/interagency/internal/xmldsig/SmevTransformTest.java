package ru.reglament.interagency.internal.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The first four cases are the test scenarios of «Методические рекомендации по работе с ЕСМЭВ» 3.x
 * for the transform (as reproduced by the public ports, e.g. Danbka/smev-transform); the others pin
 * one rule each, and the escaping SMEV's reference implementation gets from Woodstox.
 */
class SmevTransformTest {

    @Test
    void dropsDeclarationCommentsProcessingInstructionsAndLineBreaksAndRenamesPrefixes() {
        String input = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Тестирование правил 1, 2, 6 -->
                <?xml-stylesheet type="text/xsl" href="style.xsl"?>

                <elementOne xmlns="http://test/1">
                \t<qwe:elementTwo xmlns:qwe="http://test/2">asd</qwe:elementTwo>
                </elementOne>""";

        assertThat(transform(input)).isEqualTo("<ns1:elementOne xmlns:ns1=\"http://test/1\">"
                + "<ns2:elementTwo xmlns:ns2=\"http://test/2\">asd</ns2:elementTwo></ns1:elementOne>");
    }

    /** Declarations move down to first use, so siblings may get two numbers for one namespace. */
    @Test
    void declaresEachNamespaceWhereFirstUsedAndNumbersPrefixesAcrossTheWholeFragment() {
        String input = """
                <elementOne xmlns="http://test/1" xmlns:qwe="http://test/2" xmlns:asd="http://test/3">
                  <qwe:elementTwo>
                    <asd:elementThree>
                      <!-- Проверка обработки default namespace. -->
                      <elementFour> z x c </elementFour>
                      <qqq:elementFive xmlns:qqq="http://test/2"> w w w </qqq:elementFive>
                    </asd:elementThree>
                    <asd:elementSix>eee</asd:elementSix>
                  </qwe:elementTwo>
                </elementOne>""";

        assertThat(transform(input)).isEqualTo("<ns1:elementOne xmlns:ns1=\"http://test/1\">"
                + "<ns2:elementTwo xmlns:ns2=\"http://test/2\">"
                + "<ns3:elementThree xmlns:ns3=\"http://test/3\">"
                + "<ns1:elementFour> z x c </ns1:elementFour><ns2:elementFive> w w w </ns2:elementFive>"
                + "</ns3:elementThree>"
                + "<ns4:elementSix xmlns:ns4=\"http://test/3\">eee</ns4:elementSix>"
                + "</ns2:elementTwo></ns1:elementOne>");
    }

    /** Namespaced attributes by URI then name, unqualified ones last; declarations in that order too. */
    @Test
    void sortsAttributesAndDeclaresTheirNamespacesInTheSameOrder() {
        String input = """
                <elementOne xmlns="http://test/1" xmlns:qwe="http://test/2" xmlns:asd="http://test/3">
                  <qwe:elementTwo>
                    <asd:elementThree xmlns:wer="http://test/a" xmlns:zxc="http://test/0" wer:attZ="zzz" attB="bbb"
                        attA="aaa" zxc:attC="ccc" asd:attD="ddd" asd:attE="eee" qwe:attF="fff"/>
                  </qwe:elementTwo>
                </elementOne>""";

        assertThat(transform(input)).isEqualTo("<ns1:elementOne xmlns:ns1=\"http://test/1\">"
                + "<ns2:elementTwo xmlns:ns2=\"http://test/2\">"
                + "<ns3:elementThree xmlns:ns3=\"http://test/3\" xmlns:ns4=\"http://test/0\" xmlns:ns5=\"http://test/a\""
                + " ns4:attC=\"ccc\" ns2:attF=\"fff\" ns3:attD=\"ddd\" ns3:attE=\"eee\" ns5:attZ=\"zzz\""
                + " attA=\"aaa\" attB=\"bbb\"></ns3:elementThree>"
                + "</ns2:elementTwo></ns1:elementOne>");
    }

    @Test
    void normalizesAnSmevSignedBlock() {
        String input = """
                <ns2:SenderProvidedRequestData xmlns:ns2="urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.0" Id="SIGNED_BY_CONSUMER">
                 <MessagePrimaryContent xmlns="urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.0">
                 <SomeRequest:SomeRequest xmlns:SomeRequest="urn://x-artifacts-it-ru/vs/smev/test/test-business-data/1.0">
                 <x xmlns="urn://x-artifacts-it-ru/vs/smev/test/test-business-data/1.0">qweqwe</x>
                 </SomeRequest:SomeRequest>
                 </MessagePrimaryContent>
                </ns2:SenderProvidedRequestData>""";

        assertThat(transform(input)).isEqualTo(
                "<ns1:SenderProvidedRequestData xmlns:ns1=\"urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.0\""
                + " Id=\"SIGNED_BY_CONSUMER\">"
                + "<ns2:MessagePrimaryContent xmlns:ns2=\"urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.0\">"
                + "<ns3:SomeRequest xmlns:ns3=\"urn://x-artifacts-it-ru/vs/smev/test/test-business-data/1.0\">"
                + "<ns3:x>qweqwe</ns3:x></ns3:SomeRequest></ns2:MessagePrimaryContent></ns1:SenderProvidedRequestData>");
    }

    @Test
    void writesEmptyElementsAsStartAndEndTags() {
        assertThat(transform("<a:r xmlns:a=\"urn:a\"><a:empty/><a:alsoEmpty></a:alsoEmpty></a:r>"))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:a\"><ns1:empty></ns1:empty><ns1:alsoEmpty></ns1:alsoEmpty></ns1:r>");
    }

    @Test
    void dropsWhitespaceOnlyTextButKeepsRealTextWithItsSpaces() {
        assertThat(transform("<a:r xmlns:a=\"urn:a\">\r\n\t <a:name>  Иванов  Иван </a:name> \n</a:r>"))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:a\"><ns1:name>  Иванов  Иван </ns1:name></ns1:r>");
    }

    @Test
    void dropsDeclarationsNothingUses() {
        assertThat(transform("<a:r xmlns:a=\"urn:a\" xmlns:unused=\"urn:unused\" xmlns=\"urn:default\"><a:c/></a:r>"))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:a\"><ns1:c></ns1:c></ns1:r>");
    }

    /** A prefix first needed by an attribute is declared on that attribute's element and reused below it. */
    @Test
    void declaresAnAttributesNamespaceOnItsElementAndTurnsTheDefaultNamespaceIntoAPrefix() {
        assertThat(transform("<r xmlns=\"urn:d\" xmlns:x=\"urn:x\"><c plain=\"2\" x:attr=\"1\"><x:d/></c></r>"))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:d\"><ns1:c xmlns:ns2=\"urn:x\" ns2:attr=\"1\" plain=\"2\">"
                        + "<ns2:d></ns2:d></ns1:c></ns1:r>");
    }

    /** Prefixes inside values are data to the transform, as to SMEV's reference implementation. */
    @Test
    void leavesPrefixesInsideAttributeValuesAlone() {
        assertThat(transform("<a:r xmlns:a=\"urn:a\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:type=\"a:Person\"/>"))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:a\" xmlns:ns2=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " ns2:type=\"a:Person\"></ns1:r>");
    }

    /** What Woodstox, the reference implementation's writer, writes for the characters c14n escapes. */
    @Test
    void escapesTextAndAttributesAsTheReferenceImplementation() {
        String input = "<a:r xmlns:a=\"urn:a\" v=\"&quot;&lt;&gt;&amp;'&#x9;&#xA;&#xD;\">a &gt; b ]]&gt; &amp; &lt; &#xD; ё</a:r>";

        assertThat(transform(input)).isEqualTo(
                "<ns1:r xmlns:ns1=\"urn:a\" v=\"&quot;&lt;>&amp;'&#x9;&#xa;&#xd;\">a > b ]]&gt; &amp; &lt; &#xd; ё</ns1:r>");
    }

    @Test
    void writesUtf8WithoutCharacterReferences() {
        byte[] output = SmevTransform.apply("<a:r xmlns:a=\"urn:a\">Ж&#x416;</a:r>".getBytes(StandardCharsets.UTF_8));

        assertThat(output).isEqualTo("<ns1:r xmlns:ns1=\"urn:a\">ЖЖ</ns1:r>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void treatsCdataAsText() {
        assertThat(transform("<a:r xmlns:a=\"urn:a\"><![CDATA[1 < 2]]></a:r>"))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:a\">1 &lt; 2</ns1:r>");
    }

    /** The reference implementation fails on both, so SMEV could not verify a signature over them. */
    @Test
    void refusesElementsWithoutNamespaceAndXmlAttributes() {
        assertThatThrownBy(() -> transform("<a:r xmlns:a=\"urn:a\"><plain/></a:r>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<plain>");
        assertThatThrownBy(() -> transform("<a:r xmlns:a=\"urn:a\" xml:lang=\"ru\"/>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xml:lang");
    }

    @Test
    void refusesDoctypesAndMalformedInput() {
        assertThatThrownBy(() -> transform("<!DOCTYPE r [<!ENTITY e \"x\">]><a:r xmlns:a=\"urn:a\">&e;</a:r>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transform("<a:r xmlns:a=\"urn:a\">"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The transform's real input: a block cut out of an envelope by exclusive c14n. */
    @Test
    void normalizesTheExclusiveCanonicalFormOfABlockInsideAnEnvelope() {
        var document = SmevEnvelopes.parse(SmevEnvelopes.SEND_REQUEST);
        var block = document.getElementsByTagNameNS(SmevEnvelopes.TYPES, "SenderProvidedRequestData").item(0);

        String transformed = new String(SmevTransform.apply(ExclusiveC14n.of(block)), StandardCharsets.UTF_8);

        assertThat(transformed).isEqualTo("<ns1:SenderProvidedRequestData"
                + " xmlns:ns1=\"urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.3\" Id=\"SIGNED_BY_CONSUMER\">"
                + "<ns1:MessageID>2f2c2d8e-6b5c-11ef-9a3b-0242ac120002</ns1:MessageID>"
                + "<ns2:MessagePrimaryContent xmlns:ns2=\"urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.3\">"
                + "<ns3:ExtractRequest xmlns:ns3=\"urn://x-artefacts-reglament-ru/test/egrul-extract/1.0.0\" requestId=\"7\">"
                + "<ns3:Inn>7707083893</ns3:Inn><ns3:Applicant>Иванов Иван Иванович</ns3:Applicant>"
                + "<ns3:Purpose>Заявление № 42 &amp; приложения</ns3:Purpose></ns3:ExtractRequest>"
                + "</ns2:MessagePrimaryContent><ns1:TestMessage></ns1:TestMessage></ns1:SenderProvidedRequestData>");
    }

    /**
     * Signing and checking transform the tree itself; it must give what its canonical form gives: text
     * split by comments, processing instructions and CDATA, whitespace-only runs, escapes in text and
     * attributes, redeclared and default namespaces, a block inside an envelope, and a tree built by hand.
     */
    @Test
    void theTreeGivesWhatItsCanonicalFormGives() throws Exception {
        List<String> documents = List.of(SmevEnvelopes.SEND_REQUEST, """
                <a:r xmlns:a="urn:a" xmlns:b="urn:b" b:z="1" y="t&#x9;ab&#xA;lf&#xD;cr &amp; &lt; &quot; '">
                  <a:t>  <!-- c -->  </a:t><a:t>  <!-- c -->z</a:t><a:t> x <!-- c --> y </a:t><a:t>  <?pi data?>  z</a:t>
                  <a:t><![CDATA[ <&> ]]>&#xD;&gt;]]&gt;</a:t><a:t>   <![CDATA[  ]]>  </a:t>
                  <b:u xmlns:a="urn:other"><a:v xmlns="urn:default"><w a:q="2"/></a:v></b:u>
                </a:r>""");
        for (String xml : documents) {
            Element root = parse(xml, false).getDocumentElement();
            for (Element element : descendants(root)) {
                assertThat(new String(SmevTransform.of(element), StandardCharsets.UTF_8))
                        .as("%s in %s", element.getTagName(), xml)
                        .isEqualTo(new String(SmevTransform.apply(ExclusiveC14n.of(element)), StandardCharsets.UTF_8));
            }
        }

        Document built = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element root = built.createElementNS("urn:a", "a:r");
        built.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:a", "urn:a");
        root.setAttribute("Id", "B");
        root.setAttributeNS(null, "c", "1");
        root.appendChild(built.createTextNode(" x "));
        root.appendChild(built.createCDATASection("<y>"));
        root.appendChild(built.createComment("c"));
        root.appendChild(built.createTextNode(" z "));
        assertThat(new String(SmevTransform.of(root), StandardCharsets.UTF_8))
                .isEqualTo(new String(SmevTransform.apply(ExclusiveC14n.of(root)), StandardCharsets.UTF_8))
                .isEqualTo("<ns1:r xmlns:ns1=\"urn:a\" Id=\"B\" c=\"1\"> x &lt;y> z </ns1:r>");
    }

    /** Parsed as a receiver might: CDATA, comments and processing instructions kept as nodes of their own. */
    private static Document parse(String xml, boolean coalescing) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setCoalescing(coalescing);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>(List.of(root));
        NodeList below = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < below.getLength(); i++) all.add((Element) below.item(i));
        return all;
    }

    private static String transform(String xml) {
        return new String(SmevTransform.apply(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
