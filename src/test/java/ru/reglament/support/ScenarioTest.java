package ru.reglament.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A scenario test: the whole platform on a random port over the real embedded PostgreSQL, with the
 * demo contour loaded, on a clock tests may move ({@link TestClock}). All scenario tests share one
 * context (and one database); each makes its own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestTime.class)
public @interface ScenarioTest {
}
