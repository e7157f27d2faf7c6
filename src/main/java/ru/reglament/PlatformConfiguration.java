package ru.reglament;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * What every module shares: one clock (tests control time through it) and one time zone, and
 * asynchronous listeners for domain events ({@code @ApplicationModuleListener}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Dates users see and deadlines count in this zone ({@code reglament.time-zone}). */
    @Bean
    ZoneId zone(@Value("${reglament.time-zone}") String zone) {
        return ZoneId.of(zone);
    }
}
