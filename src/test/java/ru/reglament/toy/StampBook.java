package ru.reglament.toy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The toy module's own record of stamps, by application; a real module keeps its own table. */
@Component
public class StampBook {

    private final Map<Long, String> stamps = new ConcurrentHashMap<>();

    void stamp(long applicationId, String text) {
        stamps.put(applicationId, text);
    }

    public String stampOf(long applicationId) {
        return stamps.get(applicationId);
    }
}
