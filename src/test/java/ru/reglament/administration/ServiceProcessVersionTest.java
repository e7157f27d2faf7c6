package ru.reglament.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.access.Actor;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.directory.DirectoryChanges;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.support.Fixtures;
import ru.reglament.support.ScenarioBase;

/**
 * The platform administrator chooses which version of its process a service's new applications start
 * with (toy versions 1 and 2 are loaded in the tests): pinned, they keep it while a newer one is loaded;
 * unpinned, they take the newest. Applications already started keep their own. A version not loaded is
 * refused naming the field. Regions are added and renamed, audited.
 */
class ServiceProcessVersionTest extends ScenarioBase {

    static final String SERVICE = "4700000000000099001";

    static final Actor PLATFORM_ADMIN = new Actor(0, "platform-admin-test", "Платформов Пётр",
            List.of(new Membership(null, Role.PLATFORM_ADMIN)));

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    DirectoryChanges changes;

    @Autowired
    Directory directory;

    @Autowired
    AuditTrail audit;

    @Test
    void aPinnedVersionIsWhatNewApplicationsStartWithUntilUnpinned() {
        administration.saveService(form(1), PLATFORM_ADMIN);
        changes.link(directory.organisationByOgrn(Fixtures.ORG_A).orElseThrow().id(),
                directory.serviceByCode(SERVICE).orElseThrow().id());
        directory.refresh();
        assertThat(directory.serviceByCode(SERVICE).orElseThrow().processVersion()).isEqualTo(1);

        long pinned = fixtures().submit(SERVICE, Fixtures.ORG_A, "Версионов").get("id").asLong();
        assertThat(as("registrar").card(pinned).get("processVersion").asInt()).isEqualTo(1);

        administration.saveService(form(null), PLATFORM_ADMIN);
        long newest = fixtures().submit(SERVICE, Fixtures.ORG_A, "Новейшев").get("id").asLong();
        assertThat(as("registrar").card(newest).get("processVersion").asInt()).isEqualTo(2);
        assertThat(as("registrar").card(pinned).get("processVersion").asInt()).as("started ones keep theirs").isEqualTo(1);
        assertThat(audit.recent("service", SERVICE, 1).get(0).before()).contains("\"processVersion\": 1");

        assertThatThrownBy(() -> administration.saveService(form(7), PLATFORM_ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("processVersion"));
        assertThat(directory.serviceByCode(SERVICE).orElseThrow().processVersion()).isNull();
    }

    @Test
    void regionsAreAddedAndRenamedByThePlatformAdministratorOnly() {
        administration.saveRegion("98", "Субъект РФ 98", PLATFORM_ADMIN);
        administration.saveRegion("98", "Город федерального значения", PLATFORM_ADMIN);
        assertThat(directory.region("98").orElseThrow().name()).isEqualTo("Город федерального значения");
        assertThat(audit.recent("region", "98", 5)).extracting(AuditTrail.Entry::change).containsExactly("update", "create");

        assertThatThrownBy(() -> administration.saveRegion("9a", " ", PLATFORM_ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("code", "name"));
        Actor orgAdmin = new Actor(0, "org-admin-test", "Админова", List.of(new Membership(1, Role.ORG_ADMIN)));
        assertThatThrownBy(() -> administration.saveRegion("97", "Регион", orgAdmin)).isInstanceOf(ForbiddenException.class);
        assertThat(directory.region("97")).isEmpty();
    }

    private static DirectoryAdministration.ServiceForm form(Integer version) {
        return new DirectoryAdministration.ServiceForm(SERVICE, "Проставление штампа по закреплённой версии процесса",
                "Штамп (версия)", 5, BigDecimal.ZERO, "toy", version, null, null);
    }
}
