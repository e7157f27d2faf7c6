package ru.reglament.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.reglament.interagency.SimulatedFaults;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * What the applicant's cabinet hears of a case, checked at the portal's end: the built-in portal behind
 * the SMEV simulator records every ElkOrderRequest the feed delivered.
 */
@PortalScenario
class PortalFeedTest {

    static final String ELK = "http://epgu.gosuslugi.ru/elk/status/1.0.2";

    static {
        TestPki.init();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SimulatedFaults faults;

    @Test
    void aCaseFromIntakeWithTwoDocumentsToASignedResultReachesTheCabinetInOrder() throws Exception {
        String number = Fixtures.uniquePortalNumber();
        JsonNode card = Api.as(port, "portal").postParts("/api/v1/applications", intakeWithTwoDocuments(number))
                .expect(201).json();
        long id = card.get("id").asLong();
        Fixtures f = new Fixtures(port);
        card = f.act("registrar", card, "assign-self");
        card = f.act("registrar", card, "comment-to-applicant", "comment", "Проверьте, пожалуйста, телефон в заявлении");
        card = f.act("registrar", card, "start-registration");
        card = f.act("registrar", card, "register");
        card = f.act("registrar", card, "intermediate-status", "code", "PERSONAL_VISIT", "comment",
                "Приходите в четверг с 10 до 13, каб. 12");
        card = f.act("specialist", card, "assign-self");
        card = f.act("specialist", card, "start-review");
        card = f.act("specialist", card, "grant", "extraInfo", "Разрешение выдано на 10 лет");
        card = f.act("specialist", card, "send-for-signing");
        byte[] original = Api.as(port, "official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        f.act("official", Api.as(port, "official").card(id), "sign", "signature", signer.signDetached(original));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(id) == 4);
        List<Map<String, Object>> shown = jdbc.sql("""
                select elk_status, comment from portal_simulator_status where order_number = ? order by id""")
                .param(number).query().listOfRows();
        assertThat(shown).extracting(s -> s.get("elk_status")).containsExactly(2, 6, 17, 3);
        assertThat(shown.get(0).get("comment")).isNull();
        assertThat(shown.get(1).get("comment")).as("the comment waits for the next status, registration")
                .isEqualTo("Проверьте, пожалуйста, телефон в заявлении");
        assertThat((String) shown.get(2).get("comment"))
                .isEqualTo("Требуется личная явка заявителя\n\nПриходите в четверг с 10 до 13, каб. 12");
        assertThat(shown.get(3).get("comment")).isNull();
        assertThat(jdbc.sql("""
                select count(*) from portal_simulator_attachment a join portal_simulator_status s on s.id = a.status_id
                where s.order_number = ? and s.elk_status = 3 and a.signature_key is not null and a.doc_type = 'ELK_RESULT'""")
                .param(number).query(Long.class).single()).isEqualTo(1);

        // The applicant opens the cabinet: the statuses, the result, its signature checked.
        String code = jdbc.sql("select access_code from portal_simulator_order where order_number = ?").param(number)
                .query(String.class).single();
        String page = Api.anonymous(port).get("/cabinet?number=" + number + "&code=" + code).expect(200).text();
        assertThat(page).contains("Заявление получено ведомством", "Заявление принято", "Промежуточный результат",
                "Услуга оказана", "Проверьте, пожалуйста, телефон в заявлении",
                "Подпись верна: Соколов Андрей Николаевич");
        assertThat(Api.anonymous(port).get("/cabinet?number=" + number + "&code=WRONG000").expect(200).text())
                .contains("не найдено").doesNotContain("Услуга оказана");
    }

    @Test
    void anUpdateThatFailsThreeTimesIsDeliveredExactlyOnce() {
        awaitNothingQueued();
        faults.failNextSends(ELK, 3, SimulatedFaults.Fault.UNAVAILABLE);
        String number = Fixtures.uniquePortalNumber();
        long id = received(number);
        // Registered while the first update is still failing: its update must wait for the first.
        Fixtures f = new Fixtures(port);
        JsonNode card = f.act("registrar", Api.as(port, "registrar").card(id), "assign-self");
        f.act("registrar", f.act("registrar", card, "start-registration"), "register");

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(id) == 2);
        assertThat(jdbc.sql("select attempts from portal_status_update where application_id = ? order by id")
                .param(id).query(Integer.class).list()).containsExactly(4, 1);
        assertThat(jdbc.sql("select elk_status from portal_simulator_status where order_number = ? order by id")
                .param(number).query(Integer.class).list()).as("each once, in order").containsExactly(2, 6);
    }

    @Test
    void anUpdateWhoseAnswerWasLostIsNotDeliveredTwice() {
        awaitNothingQueued();
        // SMEV takes the message, but its answer is lost on the way back: the sender cannot know it got through.
        faults.failNextSends(ELK, 1, SimulatedFaults.Fault.ANSWER_LOST);
        String number = Fixtures.uniquePortalNumber();
        long id = received(number);

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(id) == 1);
        // Sent again with its MessageID (SMEV: already sent), or confirmed by the portal first: shown once either way.
        assertThat(shownAtThePortal(number)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from portal_status_update where application_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** The faults are for the next update: nothing else may be on its way to take them. */
    private void awaitNothingQueued() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from portal_status_update where state = 'QUEUED'").query(Integer.class).single() == 0);
    }

    private long received(String number) {
        return Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(number, Fixtures.CONSTRUCTION_PERMIT,
                Fixtures.ORG_A, Fixtures.uniqueSurname("Сбоев"))).expect(201).json().get("id").asLong();
    }

    private long shownAtThePortal(String number) {
        return jdbc.sql("select count(*) from portal_simulator_status where order_number = ?").param(number)
                .query(Long.class).single();
    }

    private int delivered(long applicationId) {
        return jdbc.sql("select count(*) from portal_status_update where application_id = ? and state = 'DELIVERED'")
                .param(applicationId).query(Integer.class).single();
    }

    static List<Api.Part> intakeWithTwoDocuments(String number) {
        byte[] passport = ("%PDF-1.7\n% паспорт " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        byte[] plan = ("%PDF-1.7\n% план " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        byte[] application = Fixtures.intake(number, Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A,
                Fixtures.uniqueSurname("Кабинетов")).toString().getBytes(StandardCharsets.UTF_8);
        return List.of(new Api.Part("application", null, "application/json", application),
                new Api.Part("attachments", null, "application/json",
                        "[{\"file\": \"passport\", \"type\": \"PASSPORT_RF\"}, {\"file\": \"plan\", \"type\": \"SITE_PLAN\"}]"
                                .getBytes(StandardCharsets.UTF_8)),
                new Api.Part("passport", "паспорт.pdf", "application/pdf", passport),
                new Api.Part("plan", "ГПЗУ.pdf", "application/pdf", plan));
    }
}
