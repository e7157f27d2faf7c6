package ru.reglament;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReglamentApplication {

    public static void main(String[] args) {
        exitCleanlyOnTerm();
        SpringApplication.run(ReglamentApplication.class, args);
    }

    /**
     * A requested stop (SIGTERM: a service manager, {@code kill}, the IDE's stop button) that shuts
     * down gracefully is a success: exit 0 through the usual shutdown hooks rather than the JVM's 143,
     * which {@code mvn spring-boot:run} and service managers report as a failure.
     */
    @SuppressWarnings("sunapi")
    private static void exitCleanlyOnTerm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> System.exit(0));
        } catch (IllegalArgumentException unsupported) {
            // No SIGTERM on this platform (Windows): nothing to change.
        }
    }
}
