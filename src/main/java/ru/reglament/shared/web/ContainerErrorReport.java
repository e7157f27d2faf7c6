package ru.reglament.shared.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Errors that Tomcat answers itself, before any filter runs (a URL it will not map, such as one with
 * NUL in it): our problem+json or a plain page instead of Tomcat's HTML report with its server
 * version. Whatever reached the application has already been answered by it and is left alone.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorReport {

    @Bean
    TomcatContextCustomizer problemErrorReport() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) host.setErrorReportValveClass(Valve.class.getName());
        };
    }

    /** Tomcat's error report valve, writing our shapes; public with a no-argument constructor for Tomcat to create it. */
    public static class Valve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus shown = known == null ? HttpStatus.BAD_REQUEST : known;
            String title = StandardErrors.titleOf(shown);
            String detail = status == 400 ? "Адрес запроса содержит недопустимые символы или последовательности"
                    : StandardErrors.detailOf(shown, null);
            try {
                boolean forProgram = request.getRequestURI() == null || request.getRequestURI().startsWith("/api/")
                        || request.getHeader("Accept") == null || !request.getHeader("Accept").contains("text/html");
                // The type and charset before the writer: it encodes with what is set when it is made.
                response.setContentType(forProgram ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer == null) return;
                if (forProgram) {
                    writer.write("{\"type\":\"" + Problems.TYPE_BASE + StandardErrors.ruleOf(shown) + "\",\"title\":\""
                            + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"rule\":\""
                            + StandardErrors.ruleOf(shown) + "\"}");
                } else {
                    writer.write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + title
                            + " — Reglament</title></head><body><h1>" + status + " · " + title + "</h1><p>" + detail
                            + "</p><p><a href=\"/\">На главную</a></p></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was taken over: nothing more to tell it.
            }
        }
    }
}
