package ru.reglament.workstation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.reglament.access.Actor;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;

class SectionsTest {

    private final Sections sections = new Sections();

    @Test
    void aUserWithSeveralRolesSeesTheUnionOfTheirSections() {
        Actor observerAndAdmin = actor(Role.OBSERVER, Role.PLATFORM_ADMIN);
        assertThat(sections.of(observerAndAdmin)).extracting(Section::code)
                .containsExactly("home", "applications", "notifications", "organisation", "processes", "directory-admin", "directory-import");
    }

    @Test
    void theStatisticsObserverDoesNotSeeApplications() {
        assertThat(sections.of(actor(Role.STATS_OBSERVER))).extracting(Section::code)
                .containsExactly("home", "reference");
        assertThat(sections.allows(actor(Role.STATS_OBSERVER), "applications")).isFalse();
    }

    @Test
    void aPageBelongsToTheSectionItsPathStartsWith() {
        assertThat(sections.owning("/applications/12")).map(Section::code).contains("applications");
        assertThat(sections.owning("/applications")).map(Section::code).contains("applications");
        assertThat(sections.owning("/")).map(Section::code).contains("home");
        assertThat(sections.owning("/applicationsX")).isEmpty();
        assertThat(sections.owning("/profile")).isEmpty();
    }

    private static Actor actor(Role... roles) {
        List<Membership> memberships = java.util.Arrays.stream(roles).map(r -> new Membership(1, r)).toList();
        return new Actor(1, "user", "Пользователь", memberships);
    }
}
