package ru.reglament.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationActed;

/**
 * A listener of the applications' events that a test makes fail ({@code reglament.test.event-probe}:
 * {@code fail} always, {@code fail-once} the first time for each event, {@code record} never), to
 * show that what it missed reaches it later. Present only where the property is set.
 */
@Component
@ConditionalOnProperty("reglament.test.event-probe")
public class EventProbe {

    public static final List<ApplicationActed> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Set<Long> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    private final String mode;

    EventProbe(@Value("${reglament.test.event-probe}") String mode) {
        this.mode = mode;
    }

    @ApplicationModuleListener
    void on(ApplicationActed event) {
        if (mode.equals("fail") || (mode.equals("fail-once") && FAILED_ONCE.add(event.historyId()))) {
            throw new IllegalStateException("The probe fails on " + event.action() + " of application " + event.applicationId());
        }
        RECEIVED.add(event);
    }
}
