package ru.reglament.interagency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.reglament.support.TestTime;

/**
 * The platform with its interagency requests on and the built-in SMEV 3 simulator answering, over its
 * own database; the interagency tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.interagency.enabled=true",
        "reglament.interagency.simulator.enabled=true",
        "reglament.embedded-database.data-directory=target/test-postgres-interagency"})
@ActiveProfiles("test")
@Import(TestTime.class)
public @interface InteragencyScenario {
}
