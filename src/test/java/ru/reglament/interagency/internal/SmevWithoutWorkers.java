package ru.reglament.interagency.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.reglament.support.TestTime;

/**
 * The platform with its interagency requests and the SMEV simulator on, and no background workers: the
 * test plays the senders and pollers itself. Batches of five. The tests so marked share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.interagency.enabled=true",
        "reglament.interagency.simulator.enabled=true",
        "reglament.interagency.workers=false",
        "reglament.interagency.batch=5",
        "reglament.embedded-database.data-directory=target/test-postgres-interagency-senders"})
@ActiveProfiles("test")
@Import(TestTime.class)
@interface SmevWithoutWorkers {
}
