package ru.reglament.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationHandedOver;
import ru.reglament.staff.Staff;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/**
 * A notification whose listener ran late (a retry after a failure) still reaches its reader as new,
 * although the action it tells of is older than notifications the reader has already marked read.
 */
class LateNotificationTest extends ScenarioBase {

    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Staff staff;

    @Test
    void aNotificationWrittenLateCountsAsUnread() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        long olderLine = as("registrar").get("/api/v1/applications/" + id + "/history").expect(200).json()
                .get(0).get("id").asLong();
        JsonNode later = fixtures().act("assigning-registrar", card, "assign", "assigneeId",
                as("registrar").get("/api/v1/staff/me").expect(200).json().get("id").asLong());
        Actor registrar = actor("registrar");
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unread(registrar) > 0);
        notifications.markSeen(registrar, notifications.latest(registrar, 1).get(0).id());
        assertThat(notifications.unread(registrar)).isZero();

        // The handover of an older history line arrives only now.
        transaction.executeWithoutResult(status -> events.publishEvent(new ApplicationHandedOver(id, olderLine,
                later.get("portalNumber").asString(), 1, "assign", "REGISTRAR_ASSIGNED", registrar.employeeId(), null,
                "Вам назначено заявление", "Система", null, Instant.now())));

        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unread(registrar) == 1);
        assertThat(notifications.latest(registrar, 1).get(0).unread()).isTrue();
    }

    private Actor actor(String login) {
        var employee = staff.byLogin(login).orElseThrow();
        return new Actor(employee.id(), employee.login(), employee.fullName(), employee.memberships());
    }
}
