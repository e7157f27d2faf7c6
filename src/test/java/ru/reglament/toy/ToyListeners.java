package ru.reglament.toy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationActed;

/** Listens as any module does: to the applications' events and to its own, after the action commits. */
@Component
public class ToyListeners {

    private final List<ApplicationActed> acted = new CopyOnWriteArrayList<>();
    private final List<ToyStamped> stamped = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(ApplicationActed event) {
        acted.add(event);
    }

    @ApplicationModuleListener
    void on(ToyStamped event) {
        stamped.add(event);
    }

    public List<ApplicationActed> actedOn(long applicationId) {
        return acted.stream().filter(e -> e.applicationId() == applicationId).toList();
    }

    public List<ToyStamped> stampedOn(long applicationId) {
        return stamped.stream().filter(e -> e.applicationId() == applicationId).toList();
    }
}
