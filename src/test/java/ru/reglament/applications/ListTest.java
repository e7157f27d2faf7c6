package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import tools.jackson.databind.JsonNode;

/** The «Заявления» list: «Мои» by default, «Все», filters, search and paging. */
class ListTest extends ScenarioBase {

    @Test
    void mineShowsOnlyWhatIsAssignedToMeAndAllShowsTheOrganisation() {
        Fixtures f = fixtures();
        JsonNode taken = f.act("registrar", f.submit(Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_A, "Архивов"), "assign-self");
        JsonNode waiting = f.submit(Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_A, "Архивов");

        List<Long> mine = ids(as("registrar").get("/api/v1/applications?size=100").expect(200).json());
        assertThat(mine).contains(taken.get("id").asLong()).doesNotContain(waiting.get("id").asLong());
        List<Long> all = ids(as("registrar").get("/api/v1/applications?scope=all&q=Архивов&size=100").expect(200).json());
        assertThat(all).contains(taken.get("id").asLong(), waiting.get("id").asLong());
        assertThat(ids(as("registrar-b").get("/api/v1/applications?scope=all&q=Архивов&size=100").expect(200).json()))
                .doesNotContain(taken.get("id").asLong(), waiting.get("id").asLong());
    }

    @Test
    void filtersByStatusServiceAssigneeDatesAndSearchText() {
        Fixtures f = fixtures();
        String surname = Fixtures.uniqueSurname("Фильтров");
        JsonNode newOne = f.submit(Fixtures.LAND_PLOT, Fixtures.ORG_A, surname);
        JsonNode assigned = f.act("registrar", f.submit(Fixtures.HOUSING_QUEUE, Fixtures.ORG_A, surname), "assign-self");
        long registrarId = as("registrar").get("/api/v1/staff/me").expect(200).json().get("id").asLong();

        String base = "/api/v1/applications?scope=all&q=" + surname;
        assertThat(ids(get(base))).containsExactlyInAnyOrder(newOne.get("id").asLong(), assigned.get("id").asLong());
        assertThat(ids(get(base + "&status=NEW"))).containsExactly(newOne.get("id").asLong());
        assertThat(ids(get(base + "&status=NEW&status=REGISTRAR_ASSIGNED"))).hasSize(2);
        assertThat(ids(get(base + "&service=" + Fixtures.HOUSING_QUEUE))).containsExactly(assigned.get("id").asLong());
        assertThat(ids(get(base + "&assignee=" + registrarId))).containsExactly(assigned.get("id").asLong());
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString();
        assertThat(ids(get(base + "&from=" + today + "&to=" + today))).hasSize(2);
        assertThat(ids(get(base + "&to=" + LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).minusDays(3)))).isEmpty();
        // Search by part of the surname, in another case, and by the portal number.
        assertThat(ids(get("/api/v1/applications?scope=all&q=" + surname.substring(0, 6).toUpperCase()))).isNotEmpty();
        // A fragment that begins no name is looked for anywhere in it, only within the caller's organisation.
        String fragment = "/api/v1/applications?scope=all&q=" + surname.substring(4).toUpperCase();
        assertThat(ids(get(fragment))).containsExactlyInAnyOrder(newOne.get("id").asLong(), assigned.get("id").asLong());
        assertThat(ids(as("registrar-b").get(fragment).expect(200).json())).isEmpty();
        assertThat(ids(get("/api/v1/applications?scope=all&q=" + newOne.get("portalNumber").asString())))
                .containsExactly(newOne.get("id").asLong());

        JsonNode row = get(base + "&status=NEW").get("items").get(0);
        assertThat(row.at("/status/name").asString()).isEqualTo("Новое");
        assertThat(row.get("serviceTitle").asString()).contains("земельного участка");
        assertThat(row.get("applicantName").asString()).isEqualTo(surname + " Иван Петрович");
        assertThat(row.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void oldestFirstPagesBackwardsAndDueByKeepsOpenApplicationsDueInTime() {
        Fixtures f = fixtures();
        String surname = Fixtures.uniqueSurname("Сроков");
        List<Long> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) created.add(f.submit(Fixtures.ARCHIVE_CERTIFICATE, Fixtures.ORG_A, surname).get("id").asLong());

        String base = "/api/v1/applications?scope=all&q=" + surname;
        List<Long> oldestFirst = new java.util.ArrayList<>();
        JsonNode page = get(base + "&sort=old&size=2");
        oldestFirst.addAll(ids(page));
        while (page.get("nextCursor") != null && !page.get("nextCursor").isNull()) {
            page = get(base + "&sort=old&size=2&cursor=" + page.get("nextCursor").asString());
            oldestFirst.addAll(ids(page));
        }
        assertThat(oldestFirst).isEqualTo(created);
        List<Long> newestFirst = new java.util.ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(ids(get(base))).isEqualTo(newestFirst);

        String deadline = get(base).get("items").get(0).get("deadline").asString();
        LocalDate due = LocalDate.parse(deadline);
        assertThat(ids(get(base + "&dueBy=" + due))).hasSize(5);
        assertThat(ids(get(base + "&dueBy=" + due.minusDays(1)))).isEmpty();
        assertThat(as("registrar").get(base + "&sort=sideways").status()).isEqualTo(422);
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsOrGaps() {
        Fixtures f = fixtures();
        String surname = Fixtures.uniqueSurname("Страницын");
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < 7; i++) created.add(f.submit(Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A, surname).get("id").asLong());

        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/v1/applications?scope=all&size=3&q=" + surname + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("total").asInt()).isEqualTo(7);
            for (Long id : ids(page)) assertThat(seen.add(id)).as("no repeats").isTrue();
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(created);
    }

    @Test
    void badListParametersNameTheField() {
        assertThat(IntakeTest.violations(as("registrar").get("/api/v1/applications?scope=everything"))).containsExactly("scope:enum");
        assertThat(IntakeTest.violations(as("registrar").get("/api/v1/applications?size=1000"))).containsExactly("size:range");
        assertThat(IntakeTest.violations(as("registrar").get("/api/v1/applications?cursor=not-a-cursor"))).isNotEmpty();
    }

    private JsonNode get(String path) {
        return as("registrar").get(path).expect(200).json();
    }

    @Test
    void theOfficialsMineHoldsTheDecisionsAwaitingTheirSignatureAndTheAssigneesToo() {
        Fixtures f = fixtures();
        long awaiting = f.grantAwaitingSignature().get("id").asLong();
        long notYet = f.inDocumentsReview().get("id").asLong();
        List<Long> officials = ids(as("official").get("/api/v1/applications?scope=mine&size=100").expect(200).json());
        assertThat(officials).contains(awaiting).doesNotContain(notYet);
        assertThat(ids(as("specialist").get("/api/v1/applications?scope=mine&size=100").expect(200).json()))
                .contains(awaiting, notYet);
        assertThat(ids(as("official-b").get("/api/v1/applications?scope=mine&size=100").expect(200).json()))
                .doesNotContain(awaiting);
        // Paged by cursor, the merged list loses and repeats nothing.
        List<Long> paged = new java.util.ArrayList<>();
        JsonNode page = as("official").get("/api/v1/applications?scope=mine&size=2").expect(200).json();
        paged.addAll(ids(page));
        while (page.hasNonNull("nextCursor")) {
            page = as("official").get("/api/v1/applications?scope=mine&size=2&cursor=" + page.get("nextCursor").asString())
                    .expect(200).json();
            paged.addAll(ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(officials).doesNotHaveDuplicates();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
