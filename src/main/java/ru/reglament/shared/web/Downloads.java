package ru.reglament.shared.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A stored file as an HTTP answer: streamed, never whole in memory, named in UTF-8, the stream closed at the end. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code inline}: for the browser to show (a PDF or an image previewed); otherwise a download. */
    public static ResponseEntity<StreamingResponseBody> stream(InputStream content, String contentType, long size,
            String name, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        var answer = ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff");
        if (size >= 0) answer.contentLength(size);
        return answer.body(out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        });
    }
}
