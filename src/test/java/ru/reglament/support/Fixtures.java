package ru.reglament.support;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import ru.reglament.shared.ValidIdentifiers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "An application in status X at organisation Y", reached the way users reach it: the portal submits,
 * the demo registrar, specialist and official act through the API.
 */
public final class Fixtures {

    public static final String ORG_A = "1024701543217";
    public static final String ORG_B = "1024700765430";
    public static final String CONSTRUCTION_PERMIT = "4700000010000000001";
    public static final String LAND_PLOT = "4700000010000000002";
    public static final String HOUSING_QUEUE = "4700000010000000003";
    public static final String ARCHIVE_CERTIFICATE = "4700000010000000004";

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.currentTimeMillis() % 1_000_000));

    private final int port;

    public Fixtures(int port) {
        this.port = port;
    }

    public static String uniquePortalNumber() {
        // The portal's form: digits only, 10 to 20 of them (a leading 7 keeps the length fixed).
        return "7" + String.format("%08d%06d", System.currentTimeMillis() % 100_000_000, SEQUENCE.incrementAndGet());
    }

    /** A surname no other test uses: the base with a letters-only suffix (names hold no digits). */
    public static String uniqueSurname(String base) {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder suffix = new StringBuilder();
        for (long n = System.nanoTime() / 1000 + SEQUENCE.incrementAndGet(); n > 0; n /= letters.length()) {
            suffix.append(letters.charAt((int) (n % letters.length())));
        }
        return base + suffix;
    }

    /** A complete, valid intake request of a private person. */
    public static ObjectNode intake(String portalNumber, String serviceCode, String ogrn, String lastName) {
        int n = SEQUENCE.incrementAndGet();
        ObjectNode body = Api.json().createObjectNode()
                .put("portalNumber", portalNumber)
                .put("serviceCode", serviceCode)
                .put("organisationOgrn", ogrn)
                .put("submittedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).withNano(0).toString())
                .put("channel", "EPGU")
                .put("purpose", "Получение услуги");
        ObjectNode applicant = body.putObject("applicant")
                .put("kind", "PERSON")
                .put("lastName", lastName)
                .put("firstName", "Иван")
                .put("middleName", "Петрович")
                .put("birthDate", "1980-05-17")
                .put("snils", ValidIdentifiers.snils(n))
                .put("inn", ValidIdentifiers.inn12(n))
                .put("phone", "+7 (921) 555-12-34")
                .put("email", "applicant" + n + "@example.ru")
                .put("address", "Ленинградская обл., г. Тосно, ул. Советская, д. 5, кв. 12");
        applicant.putObject("document").put("type", "PASSPORT_RF").put("series", "4105").put("number", "123456")
                .put("issuedAt", "2005-06-01").put("issuer", "ТП УФМС России по Ленинградской обл.");
        body.putObject("fields").put("cadastralNumber", "47:29:0103001:123").put("area", 1200);
        return body;
    }

    public JsonNode submit(String serviceCode, String ogrn, String lastName) {
        return Api.as(port, "portal").post("/api/v1/applications", intake(uniquePortalNumber(), serviceCode, ogrn, lastName))
                .expect(201).json();
    }

    public JsonNode submit() {
        return submit(CONSTRUCTION_PERMIT, ORG_A, "Тестов");
    }

    /** Takes the action as the user and returns the new card; fails the test if the platform refuses. */
    public JsonNode act(String login, JsonNode card, String action, Object... params) {
        return Api.as(port, login).act(card.get("id").asLong(), action, card, params).expect(200).json();
    }

    /**
     * The card once the application has reached the status, which background work (SMEV's answers)
     * moves it to within seconds; fails the test if it has not within 20.
     */
    public JsonNode awaitStatus(long id, String status) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode card = Api.as(port, "registrar").card(id);
        while (!card.at("/status/code").asString().equals(status) && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            card = Api.as(port, "registrar").card(id);
        }
        if (!card.at("/status/code").asString().equals(status)) {
            throw new AssertionError("Application " + id + " is in " + card.at("/status/code").asString() + ", not " + status);
        }
        return card;
    }

    /** A new application of organisation A, taken by the registrar and at the acceptance decision. */
    public JsonNode atAcceptanceDecision() {
        JsonNode card = act("registrar", submit(), "assign-self");
        return act("registrar", card, "start-registration");
    }

    /** Registered (no interagency requests configured, so the answers count as received) and taken by the specialist. */
    public JsonNode inDocumentsReview() {
        JsonNode card = act("registrar", atAcceptanceDecision(), "register");
        card = act("specialist", card, "assign-self");
        return act("specialist", card, "start-review");
    }

    /** A grant drafted and sent for signing: the official's turn. */
    public JsonNode grantAwaitingSignature() {
        JsonNode card = act("specialist", inDocumentsReview(), "grant", "extraInfo", "Разрешение выдано на 10 лет");
        return act("specialist", card, "send-for-signing");
    }
}
