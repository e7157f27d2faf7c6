package ru.reglament.support;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of scenario tests: the platform on a random port over the real embedded PostgreSQL with the
 * demo contour. The test PKI's root is written to the trusted folder before the platform starts.
 */
@ScenarioTest
public abstract class ScenarioBase {

    static {
        TestPki.init();
    }

    @LocalServerPort
    protected int port;

    protected Api as(String login) {
        return Api.as(port, login);
    }

    protected Fixtures fixtures() {
        return new Fixtures(port);
    }
}
