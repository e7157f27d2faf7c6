package ru.reglament.files.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.reglament.files.CorruptedFileException;
import ru.reglament.shared.web.Problems;

/**
 * A download of a damaged file says so and which file (rule {@code file.corrupted}), instead of a
 * server error with only a correlation id; {@link StoredFiles} has logged it already.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class CorruptedFileResponses {

    @ExceptionHandler(CorruptedFileException.class)
    ProblemDetail corrupted(CorruptedFileException e) {
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "file.corrupted", "Файл повреждён в хранилище",
                e.getMessage());
    }
}
