package ru.reglament.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.reglament.access.Actor;
import ru.reglament.directory.Directory;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Сотрудники", description = "Профиль пользователя и коллеги для назначения")
class ProfileApi {

    record RoleView(String code, String name, String organisationOgrn, String organisationTitle) {
    }

    record Profile(long id, String login, String fullName, List<RoleView> roles) {
    }

    record Colleague(long id, String fullName, String position) {
    }

    private final Staff staff;
    private final Directory directory;

    ProfileApi(Staff staff, Directory directory) {
        this.staff = staff;
        this.directory = directory;
    }

    @GetMapping("/me")
    @Operation(summary = "Профиль текущего пользователя: роли по организациям")
    Profile me(@AuthenticationPrincipal Actor actor) {
        return new Profile(actor.employeeId(), actor.login(), actor.fullName(), actor.memberships().stream()
                .map(m -> {
                    var organisation = m.organisationId() == null ? null : directory.organisation(m.organisationId()).orElse(null);
                    return new RoleView(m.role().name(), m.role().title(), organisation == null ? null : organisation.ogrn(),
                            organisation == null ? null : organisation.title());
                }).toList());
    }

    @GetMapping("/colleagues")
    @Operation(summary = "Сотрудники моей организации с одной из ролей (для назначения исполнителя)")
    List<Colleague> colleagues(@RequestParam List<String> role, @AuthenticationPrincipal Actor actor) {
        List<Role> roles;
        try {
            roles = role.stream().map(Role::valueOf).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "enum", "Неизвестная роль");
        }
        return actor.organisationIds().stream()
                .flatMap(organisation -> staff.withAnyRole(organisation, roles).stream())
                .map(e -> new Colleague(e.id(), e.fullName(), e.position()))
                .distinct().toList();
    }
}
