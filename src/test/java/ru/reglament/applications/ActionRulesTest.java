package ru.reglament.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.TestPki;
import tools.jackson.databind.JsonNode;

/** Who may do what, when: 403 for the wrong role or person, 409 for the wrong status or a stale card, 422 for bad params. */
class ActionRulesTest extends ScenarioBase {

    @Test
    void observerReadsButCannotAct() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        JsonNode seen = as("observer").card(id);
        assertThat(seen.get("actions")).isEmpty();
        Api.Response response = as("observer").act(id, "assign-self", seen);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("role");
        assertThat(as("registrar").card(id).at("/status/code").asString()).isEqualTo("NEW");
    }

    @Test
    void specialistCannotTakeANewApplication() {
        JsonNode card = fixtures().submit();
        Api.Response response = as("specialist").act(card.get("id").asLong(), "assign-self", card);
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void onlyTheAssignedRegistrarStartsRegistration() {
        Fixtures f = fixtures();
        JsonNode card = f.act("assigning-registrar", f.submit(), "assign-self");
        Api.Response response = as("registrar").act(card.get("id").asLong(), "start-registration", card);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("rule").asString()).isEqualTo("assignee");
    }

    @Test
    void actionNotAvailableInThisStatusIsAConflict() {
        JsonNode card = fixtures().submit();
        Api.Response response = as("registrar").act(card.get("id").asLong(), "register", card);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("status");
        assertThat(response.json().get("detail").asString()).contains("Новое");
    }

    @Test
    void colleagueActedFirstSoTheStaleCardIsAConflictAndNothingChanges() {
        Fixtures f = fixtures();
        JsonNode stale = f.submit();
        f.act("assigning-registrar", stale, "assign-self");
        Api.Response response = as("registrar").act(stale.get("id").asLong(), "assign-self", stale);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("version.stale");
        JsonNode now = as("registrar").card(stale.get("id").asLong());
        assertThat(now.at("/assignee/fullName").asString()).isEqualTo("Смирнова Ольга Викторовна");
        assertThat(as("registrar").get("/api/v1/applications/" + stale.get("id").asLong() + "/history").expect(200)
                .json().size()).isEqualTo(2);
    }

    @Test
    void anUnknownActionIsNotFoundWhateverItsBody() {
        JsonNode card = fixtures().submit();
        Api.Response unknown = as("registrar").act(card.get("id").asLong(), "launch-rocket", card, "comment", "x");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void missingVersionAndBadParamsAreRejectedNamingTheField() {
        Fixtures f = fixtures();
        JsonNode card = f.submit();
        long id = card.get("id").asLong();
        Api.Response noVersion = as("registrar").post("/api/v1/applications/" + id + "/actions/assign-self", "{}");
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.json().at("/errors/0/field").asString()).isEqualTo("version");

        Api.Response noComment = as("registrar").act(id, "route", card, "organisationOgrn", Fixtures.ORG_B);
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.json().at("/errors/0/field").asString()).isEqualTo("comment");
        assertThat(noComment.json().at("/errors/0/rule").asString()).isEqualTo("required");

        card = f.act("registrar", card, "assign-self");
        card = f.act("registrar", card, "start-registration");
        Api.Response noGrounds = as("registrar").act(id, "refuse-acceptance", card, "explanation", "Нет документов");
        assertThat(noGrounds.status()).isEqualTo(422);
        assertThat(noGrounds.json().at("/errors/0/field").asString()).isEqualTo("grounds");
        Api.Response unknownGround = as("registrar").act(id, "refuse-acceptance", card, "grounds", List.of("NO_SUCH"),
                "explanation", "Нет документов");
        assertThat(unknownGround.status()).isEqualTo(422);
        assertThat(unknownGround.json().at("/errors/0/rule").asString()).isEqualTo("ground.unknown");
        assertThat(as("registrar").card(id).get("decision").isNull()).isTrue();
        assertThat(as("registrar").card(id).get("version").asInt()).isEqualTo(card.get("version").asInt());
    }

    @Test
    void assigningRegistrarAssignsOnlyToAColleagueWithTheRegistrarRole() {
        Fixtures f = fixtures();
        JsonNode card = f.submit();
        long id = card.get("id").asLong();
        JsonNode registrar = as("registrar").get("/api/v1/staff/me").expect(200).json();
        JsonNode specialist = as("specialist").get("/api/v1/staff/me").expect(200).json();

        Api.Response wrongRole = as("assigning-registrar").act(id, "assign", card, "assigneeId", specialist.get("id").asLong());
        assertThat(wrongRole.status()).isEqualTo(422);
        assertThat(wrongRole.json().at("/errors/0/rule").asString()).isEqualTo("employee.role");

        assertThat(as("registrar").act(id, "assign", card, "assigneeId", registrar.get("id").asLong()).status())
                .isEqualTo(403);

        card = f.act("assigning-registrar", card, "assign", "assigneeId", registrar.get("id").asLong());
        assertThat(card.at("/assignee/fullName").asString()).isEqualTo("Петрова Анна Сергеевна");
        assertThat(card.at("/status/code").asString()).isEqualTo("REGISTRAR_ASSIGNED");
        assertThat(LifecycleTest.actions(as("registrar").card(id))).contains("start-registration");
    }

    @Test
    void registrarRoutesApplicationToCompetentOrganisation() {
        Fixtures f = fixtures();
        JsonNode card = f.act("registrar", f.submit(Fixtures.LAND_PLOT, Fixtures.ORG_A, "Маршрутов"), "assign-self");
        long id = card.get("id").asLong();
        card = f.act("registrar", card, "route", "regionCode", "47", "organisationOgrn", Fixtures.ORG_B,
                "comment", "Участок расположен в Кировском районе");
        assertThat(card.at("/status/code").asString()).isEqualTo("NEW");

        assertThat(as("registrar").get("/api/v1/applications/" + id).status()).isEqualTo(404);
        JsonNode atB = as("registrar-b").card(id);
        assertThat(atB.at("/organisation/ogrn").asString()).isEqualTo(Fixtures.ORG_B);
        assertThat(atB.get("assignee").isNull()).isTrue();
        assertThat(LifecycleTest.actions(atB)).contains("assign-self");
        JsonNode listAtB = as("registrar-b").get("/api/v1/applications?scope=all&q=Маршрутов").expect(200).json();
        assertThat(listAtB.get("items").valueStream().map(i -> i.get("id").asLong())).contains(id);
        JsonNode listAtA = as("registrar").get("/api/v1/applications?scope=all&q=Маршрутов").expect(200).json();
        assertThat(listAtA.get("items").valueStream().map(i -> i.get("id").asLong())).doesNotContain(id);

        JsonNode routed = as("registrar-b").get("/api/v1/applications/" + id + "/history").expect(200).json().get(2);
        assertThat(routed.get("action").asString()).isEqualTo("route");
        assertThat(routed.get("comment").asString()).isEqualTo("Участок расположен в Кировском районе");
        assertThat(routed.at("/details/toOgrn").asString()).isEqualTo(Fixtures.ORG_B);
    }

    @Test
    void routingToTheSameOrUnknownOrganisationIsRejected() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        Api.Response same = as("registrar").act(id, "route", card, "organisationOgrn", Fixtures.ORG_A, "comment", "x");
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.json().at("/errors/0/rule").asString()).isEqualTo("organisation.same");
        Api.Response unknown = as("registrar").act(id, "route", card, "organisationOgrn", "1027700132195", "comment", "x");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/rule").asString()).isEqualTo("organisation.unknown");
    }

    @Test
    void anotherOrganisationsApplicationIsNotFound() {
        JsonNode card = fixtures().submit();
        long id = card.get("id").asLong();
        assertThat(as("registrar-b").get("/api/v1/applications/" + id).status()).isEqualTo(404);
        assertThat(as("registrar-b").get("/api/v1/applications/" + id + "/history").status()).isEqualTo(404);
        assertThat(as("registrar-b").act(id, "assign-self", card).status()).isEqualTo(404);
        assertThat(as("registrar").card(id).get("assignee").isNull()).isTrue();
    }

    @Test
    void officialCannotSignDecisionOverOtherBytes() {
        Fixtures f = fixtures();
        JsonNode card = f.grantAwaitingSignature();
        long id = card.get("id").asLong();
        TestPki.Signer signer = TestPki.trustedSigner("Соколов Андрей Николаевич", TestPki.Algorithm.GOST_256);
        Api.Response response = as("official").act(id, "sign", as("official").card(id),
                "signature", signer.signDetached("другой документ".getBytes()));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("signature");
        assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo("signature.content-mismatch");
        assertThat(as("official").card(id).at("/status/code").asString()).isEqualTo("DECISION_DRAFTED");
    }

    @Test
    void officialCannotSignWithTamperedExpiredOrUntrustedSignature() {
        Fixtures f = fixtures();
        JsonNode card = f.grantAwaitingSignature();
        long id = card.get("id").asLong();
        byte[] pdf = as("official").get("/api/v1/applications/" + id + "/decision/document").expect(200).body();
        JsonNode view = as("official").card(id);

        byte[] tampered = java.util.Base64.getDecoder().decode(
                TestPki.trustedSigner("Соколов А. Н.", TestPki.Algorithm.GOST_256).signDetached(pdf));
        tampered[tampered.length - 5] ^= 0x5a;
        assertRejected(id, view, java.util.Base64.getEncoder().encodeToString(tampered), null);
        assertRejected(id, view, TestPki.expiredSigner("Соколов А. Н.").signDetached(pdf), "certificate.expired");
        assertRejected(id, view, TestPki.untrustedSigner("Соколов А. Н.").signDetached(pdf), "certificate.untrusted");
        assertRejected(id, view, "не base64!", "signature.format");
        assertThat(as("official").card(id).at("/status/code").asString()).isEqualTo("DECISION_DRAFTED");
        assertThat(as("official").card(id).at("/decision/signature").isNull()).isTrue();
    }

    @Test
    void specialistCannotSignTheirOwnDraft() {
        JsonNode card = fixtures().grantAwaitingSignature();
        assertThat(as("specialist").act(card.get("id").asLong(), "sign", card, "signature", "AAAA").status())
                .isEqualTo(403);
    }

    private void assertRejected(long id, JsonNode card, String signature, String rule) {
        Api.Response response = as("official").act(id, "sign", card, "signature", signature);
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("signature");
        if (rule != null) assertThat(response.json().at("/errors/0/rule").asString()).isEqualTo(rule);
    }
}
