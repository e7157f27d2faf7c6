package ru.reglament.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.reglament.support.Api;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;
import ru.reglament.support.WorkstationSession;
import tools.jackson.databind.node.ObjectNode;

/** «Данные заявления» labels the form's fields as the service describes them, and still shows what it does not. */
class FormDataTest extends ScenarioBase {

    @Test
    void theCardShowsTheServicesLabelsInItsOrderAndMarksFieldsItDoesNotDescribe() throws Exception {
        ObjectNode request = Fixtures.intake(Fixtures.uniquePortalNumber(), Fixtures.CONSTRUCTION_PERMIT, Fixtures.ORG_A,
                "Полевой");
        ((ObjectNode) request.get("fields")).put("objectName", "Склад").put("colour", "синий");
        long id = Api.as(port, "portal").post("/api/v1/applications", request).expect(201).json().get("id").asLong();

        String page = WorkstationSession.logIn(port, "registrar").get("/applications/" + id + "?tab=data");
        String data = page.substring(page.indexOf("id=\"pane-data\""), page.indexOf("id=\"pane-documents\""));
        assertThat(data).contains("Наименование объекта", "Склад", "Кадастровый номер земельного участка",
                "47:29:0103001:123", "Площадь, кв. м", "1200", "colour", "синий", "поле не описано в услуге")
                .doesNotContain(">cadastralNumber<", ">area<");
        // The service's order: the object's name, then the cadastral number, then the area; undescribed last.
        assertThat(data.indexOf("Наименование объекта")).isLessThan(data.indexOf("Кадастровый номер земельного участка"));
        assertThat(data.indexOf("Кадастровый номер земельного участка")).isLessThan(data.indexOf("Площадь, кв. м"));
        assertThat(data.indexOf("Площадь, кв. м")).isLessThan(data.indexOf("colour"));
        assertThat(data.split("поле не описано в услуге", -1)).hasSize(2);
    }
}
