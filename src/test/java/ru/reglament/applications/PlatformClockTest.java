package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestClock;
import tools.jackson.databind.JsonNode;

/** Every module reads one clock: move it, and deadlines, overdue marks and the times actions record move with it. */
class PlatformClockTest extends ScenarioBase {

    @Autowired
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anApplicationBecomesOverdueOnceItsTermHasPassedByTheClock() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        assertThat(card.get("overdue").asBoolean()).isFalse();
        assertThat(card.get("daysLeft").asInt()).isBetween(0, 5);

        clock.advance(Duration.ofDays(30));
        JsonNode later = as("registrar").card(id);
        assertThat(later.get("overdue").asBoolean()).isTrue();
        assertThat(later.get("daysLeft").asInt()).isNegative();
        JsonNode overdue = as("registrar").get("/api/v1/applications?scope=all&dueBy=" + later.get("deadline").asString()
                + "&q=" + later.get("portalNumber").asString()).expect(200).json();
        assertThat(overdue.at("/items/0/overdue").asBoolean()).isTrue();

        fixtures().act("registrar", later, "assign-self");
        JsonNode history = as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json();
        Instant taken = Instant.parse(history.get(history.size() - 1).get("occurredAt").asString());
        assertThat(taken).isAfter(Instant.now().plus(Duration.ofDays(29)));
    }
}
