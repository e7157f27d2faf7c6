package ru.reglament.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.reglament.support.TestTime;

/**
 * The platform with its status feed to the portal on, sent through the built-in SMEV 3 simulator to
 * the built-in portal, over its own database; the portal tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.portal.enabled=true",
        "reglament.portal.simulator.enabled=true",
        "reglament.interagency.simulator.enabled=true",
        "reglament.embedded-database.data-directory=target/test-postgres-portal"})
@ActiveProfiles("test")
@Import(TestTime.class)
public @interface PortalScenario {
}
