package ru.reglament.interagency.internal;

import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** Applications whose registration writes interagency requests, for the tests that send them themselves. */
final class HousingApplications {

    private HousingApplications() {
    }

    /** An application of the housing service (three kinds for a private person, two required), registered over the API. */
    static long registered(int port, String surname) {
        JsonNode card = Api.as(port, "portal").post("/api/v1/applications", Fixtures.intake(Fixtures.uniquePortalNumber(),
                "4700000010000000003", "1024701543217", Fixtures.uniqueSurname(surname))).expect(201).json();
        Fixtures f = new Fixtures(port);
        card = f.act("registrar", Api.as(port, "registrar").card(card.get("id").asLong()), "assign-self");
        card = f.act("registrar", card, "start-registration");
        return f.act("registrar", card, "register").get("id").asLong();
    }
}
