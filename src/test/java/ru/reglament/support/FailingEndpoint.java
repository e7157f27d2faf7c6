package ru.reglament.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only API address that fails the way a bug would, with SQL in the message, so that the
 * answer to an unexpected error can be checked through HTTP (it is scanned only from test classes).
 */
@RestController
class FailingEndpoint {

    static final String PATH = "/api/v1/test-support/failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; SQL [select * from secret_table]");
    }
}
