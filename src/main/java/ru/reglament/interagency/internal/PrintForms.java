package ru.reglament.interagency.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import ru.reglament.interagency.InteragencyRequests.Exchange;
import ru.reglament.printing.HtmlToPdf;

/** The print form of a request and its answer: {@code interagency/print/request.html} to PDF. */
@Component
class PrintForms {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final HtmlToPdf pdf;
    private final ZoneId zone;
    private final TemplateEngine engine = new TemplateEngine();

    PrintForms(HtmlToPdf pdf, ZoneId zone) {
        this.pdf = pdf;
        this.zone = zone;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PrintForms.class.getClassLoader());
        resolver.setPrefix("interagency/print/");
        resolver.setSuffix(".html");
        // HTML mode escapes for XML too, and the template is well-formed XHTML, as openhtmltopdf parses it.
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    byte[] render(Exchange exchange, String applicationNumber) {
        Map<String, Object> v = new HashMap<>();
        v.put("request", exchange.request());
        v.put("sent", exchange.sent());
        v.put("answer", exchange.answer());
        v.put("applicationNumber", applicationNumber);
        v.put("queuedAt", time(exchange.request().queuedAt()));
        v.put("sentAt", time(exchange.request().sentAt()));
        v.put("answeredAt", time(exchange.request().answeredAt()));
        v.put("dueAt", time(exchange.request().dueAt()));
        String xhtml = engine.process("request", new Context(Locale.forLanguageTag("ru-RU"), v));
        return pdf.render(xhtml, PrintForms.class.getClassLoader().getResource("interagency/print/request.html").toExternalForm());
    }

    private String time(java.time.Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }
}
