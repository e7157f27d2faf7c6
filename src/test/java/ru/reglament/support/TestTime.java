package ru.reglament.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives scenario tests the platform's clock to move. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTime {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
