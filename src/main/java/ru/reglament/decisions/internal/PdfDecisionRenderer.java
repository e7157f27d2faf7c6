package ru.reglament.decisions.internal;

import java.net.URL;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import ru.reglament.decisions.DecisionDocumentModel;
import ru.reglament.decisions.DecisionKind;
import ru.reglament.decisions.DecisionRenderer;
import ru.reglament.decisions.SignatureStamp;
import ru.reglament.printing.HtmlToPdf;

/**
 * Renders decisions from Thymeleaf XHTML templates to PDF with openhtmltopdf.
 *
 * <p>Template lookup: {@code decisions/templates/{serviceCode}/{kind}.html} when a service has its
 * own wording, else {@code decisions/templates/default/{kind}.html}. Templates share fragments from
 * {@code decisions/templates/common.html}.
 *
 * <p>Thread-safe: the template engine and the template lookup cache are shared and immutable or
 * concurrent; printing ({@link HtmlToPdf}) builds a renderer per document.
 */
@Component
public class PdfDecisionRenderer implements DecisionRenderer {

    static final String TEMPLATE_ROOT = "decisions/templates/";
    static final String DEFAULT_FOLDER = "default";
    static final String SIGNATURE_SHEET = "signature-sheet";

    /**
     * A service code becomes a classpath folder name, so it may only be one plain path segment;
     * anything else (a slash, "..", Cyrillic from a sloppy import) simply cannot have an override.
     */
    private static final Pattern FOLDER_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ClassLoader classLoader = PdfDecisionRenderer.class.getClassLoader();
    private final TemplateEngine templateEngine = createTemplateEngine(classLoader);
    private final ConcurrentMap<String, Template> templates = new ConcurrentHashMap<>();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PdfMarks marks = new PdfMarks(classLoader);
    private final HtmlToPdf pdf;
    private final ZoneId zone;

    public PdfDecisionRenderer(HtmlToPdf pdf, ZoneId zone) {
        this.pdf = pdf;
        this.zone = zone;
    }

    @Override
    public byte[] renderPdf(DecisionDocumentModel model) {
        return render(model, null);
    }

    @Override
    public byte[] renderSigned(DecisionDocumentModel model, SignatureStamp stamp) {
        return render(model, stamp);
    }

    @Override
    public byte[] appendSignatureSheet(byte[] pdf, DecisionKind kind, String documentNumber, String sha256,
            SignatureStamp stamp) {
        Map<String, Object> v = new HashMap<>();
        v.put("kindTitle", kind.title());
        v.put("documentNumber", xmlSafe(documentNumber));
        v.put("sha256", sha256);
        v.put("stamp", stamp(stamp));
        Template sheet = find(SIGNATURE_SHEET);
        String xhtml = templateEngine.process(sheet.name(), new Context(RUSSIAN, v));
        return marks.append(pdf, toPdf(xhtml, sheet.baseUri()));
    }

    @Override
    public byte[] markAsDraft(byte[] pdf) {
        return marks.draft(pdf);
    }

    private byte[] render(DecisionDocumentModel model, SignatureStamp stamp) {
        Template template = template(model.serviceCode(), model.kind());
        Map<String, Object> v = variables(model);
        v.put("stamp", stamp == null ? null : stamp(stamp));
        String xhtml = templateEngine.process(template.name(), new Context(RUSSIAN, v));
        return toPdf(xhtml, template.baseUri());
    }

    /** The stamp's lines as the templates print them: dates in the platform's time zone. */
    private Map<String, Object> stamp(SignatureStamp s) {
        Map<String, Object> v = new HashMap<>();
        v.put("signerName", xmlSafe(initialsAndSurname(s.signerName())));
        v.put("signerPosition", xmlSafe(s.signerPosition()));
        v.put("owner", xmlSafe(s.certificateOwner() != null ? s.certificateOwner() : s.signerName()));
        v.put("serial", s.certificateSerial());
        v.put("issuer", xmlSafe(s.certificateIssuer()));
        v.put("validFrom", DATE.format(s.validFrom().atZone(zone)));
        v.put("validTo", DATE.format(s.validTo().atZone(zone)));
        v.put("signedAt", DATE_TIME.format(s.signedAt().atZone(zone)));
        v.put("test", s.testSignature());
        return v;
    }

    /**
     * @param name relative to {@link #TEMPLATE_ROOT}, without the suffix, as Thymeleaf wants it
     * @param baseUri where the template lies, so an override can reference a coat of arms next to it
     */
    private record Template(String name, String baseUri) {}

    /** Looked up once per service and kind: templates are classpath resources and do not appear later. */
    private Template template(String serviceCode, DecisionKind kind) {
        return templates.computeIfAbsent(serviceCode + '\n' + kind.code(), key -> {
            if (FOLDER_SAFE.matcher(serviceCode).matches()) {
                Template own = find(serviceCode + '/' + kind.code());
                if (own != null) {
                    return own;
                }
            }
            Template fallback = find(DEFAULT_FOLDER + '/' + kind.code());
            if (fallback == null) {
                throw new IllegalStateException("No default decision template for " + kind);
            }
            return fallback;
        });
    }

    private Template find(String name) {
        URL url = classLoader.getResource(TEMPLATE_ROOT + name + ".html");
        return url == null ? null : new Template(name, url.toExternalForm());
    }

    private byte[] toPdf(String xhtml, String baseUri) {
        return pdf.render(xhtml, baseUri);
    }

    /**
     * Template variables: every field of the model under its own name, dates already formatted
     * the Russian way, plus the derived heading and number, so templates need no logic beyond
     * {@code th:if} and {@code th:each}.
     */
    private static Map<String, Object> variables(DecisionDocumentModel m) {
        Map<String, Object> v = new HashMap<>();
        v.put("kind", m.kind().name());
        v.put("kindTitle", m.kind().title());
        v.put("documentNumber", xmlSafe(m.documentNumber()));
        v.put("serviceCode", xmlSafe(m.serviceCode()));
        v.put("serviceTitle", xmlSafe(m.serviceTitle()));
        v.put("organisationTitle", xmlSafe(m.organisationTitle()));
        v.put("organisationAddress", xmlSafe(m.organisationAddress()));
        v.put("organisationPhone", xmlSafe(m.organisationPhone()));
        v.put("organisationEmail", xmlSafe(m.organisationEmail()));
        v.put("applicantName", xmlSafe(m.applicantName()));
        v.put("applicantAddress", xmlSafe(m.applicantAddress()));
        v.put("portalNumber", xmlSafe(m.portalNumber()));
        v.put("registrationNumber", xmlSafe(m.registrationNumber()));
        v.put("submittedAt", DATE.format(m.submittedAt()));
        v.put("decisionDate", DATE.format(m.decisionDate()));
        v.put("grounds", m.grounds().stream().map(PdfDecisionRenderer::xmlSafe).toList());
        v.put("explanation", xmlSafe(m.explanation()));
        v.put("extraInfo", xmlSafe(m.extraInfo()));
        v.put("officialPosition", xmlSafe(m.officialPosition()));
        return v;
    }

    /** «Соколов Андрей Николаевич» → «А.Н. Соколов», as a signature block names the signer (ГОСТ Р 7.0.97-2016). */
    static String initialsAndSurname(String fullName) {
        String[] parts = fullName.trim().split("\\s+");
        if (parts.length < 2 || parts.length > 3) return fullName;
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < parts.length; i++) initials.appendCodePoint(parts[i].codePointAt(0)).append('.');
        return initials + "\u00A0" + parts[0];
    }

    /**
     * Escaping makes user text safe as markup but cannot make a control character legal XML;
     * one pasted form feed would otherwise make the whole document fail to parse.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!legal && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (legal && b != null) {
                b.appendCodePoint(cp);
            }
            i = next;
        }
        return b == null ? s : b.toString();
    }

    private static TemplateEngine createTemplateEngine(ClassLoader classLoader) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(classLoader);
        resolver.setPrefix(TEMPLATE_ROOT);
        resolver.setSuffix(".html");
        // HTML mode escapes text for XML too (&lt; &amp; &quot; &#39;), and the templates are written
        // as well-formed XHTML, so the output is what openhtmltopdf's XML parser needs.
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
