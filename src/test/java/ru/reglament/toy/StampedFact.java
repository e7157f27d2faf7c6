package ru.reglament.toy;

import java.util.Set;
import org.springframework.stereotype.Component;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.FactSource;
import ru.reglament.process.Lookups;

/** {@code toy-stamped}: the application bears a stamp. */
@Component
class StampedFact implements FactSource {

    private final StampBook book;

    StampedFact(StampBook book) {
        this.book = book;
    }

    @Override
    public Set<String> facts() {
        return Set.of("toy-stamped");
    }

    @Override
    public void establish(ApplicationSnapshot application, Lookups lookups, Set<String> holding) {
        if (book.stampOf(application.id()) != null) holding.add("toy-stamped");
    }
}
