package ru.reglament;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed listeners of domain events again without waiting for a restart: each failed
 * publication after {@code first-delay}, doubling with every attempt up to {@code max-delay}. The
 * registry marks a publication being retried, so two nodes running this do not both take it.
 */
@Component
class EventRetries {

    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;

    EventRetries(FailedEventPublications failed, Clock clock,
            @Value("${reglament.events.retry.first-delay}") Duration firstDelay,
            @Value("${reglament.events.retry.max-delay}") Duration maxDelay) {
        this.failed = failed;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    @Scheduled(fixedDelayString = "${reglament.events.retry.check-interval}", initialDelayString = "${reglament.events.retry.check-interval}")
    void retryFailed() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> due(publication, now)));
    }

    /** Whether the publication's back-off has passed since it was last tried. */
    boolean due(EventPublication publication, Instant now) {
        int attempts = Math.max(1, publication.getCompletionAttempts());
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (delay.compareTo(maxDelay) > 0) delay = maxDelay;
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(delay).isAfter(now);
    }
}
