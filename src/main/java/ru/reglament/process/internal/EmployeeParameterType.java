package ru.reglament.process.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionParameter;
import ru.reglament.process.DeclaredParameterType;
import ru.reglament.process.Upload;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import tools.jackson.databind.JsonNode;

/**
 * A colleague to make responsible, sent as the employee's id: an active employee of the
 * application's organisation holding a role that the transition names as {@code assignees}. The same
 * rule chooses what the form offers.
 */
@Component
class EmployeeParameterType extends DeclaredParameterType {

    private final Staff staff;

    EmployeeParameterType(Staff staff) {
        super("employee", ActionParameter.Shape.INTEGER, Control.SELECT, false);
        this.staff = staff;
    }

    @Override
    public Object read(JsonNode json, Upload file, ActionParameter declared, ActionContext context, Violations violations) {
        Employee employee = staff.employee(json.asLong()).filter(Employee::active).orElse(null);
        if (employee == null) {
            violations.add(declared.name(), "employee.unknown", "Сотрудник не найден");
            return null;
        }
        Set<Role> needed = context.transition().assignees();
        int organisationId = context.application().organisationId();
        boolean suitable = employee.memberships().stream().anyMatch(m -> m.organisationId() != null
                && m.organisationId() == organisationId && needed.contains(m.role()));
        if (!suitable) {
            violations.add(declared.name(), "employee.role", "У сотрудника нет подходящей роли в организации заявления");
            return null;
        }
        return employee;
    }

    @Override
    public List<Choice> choices(ActionParameter declared, ActionContext context, Map<String, String> others) {
        Set<Role> needed = context.transition().assignees();
        if (needed.isEmpty()) return List.of();
        return staff.withAnyRole(context.application().organisationId(), needed).stream()
                .map(e -> new Choice(String.valueOf(e.id()), e.position() == null ? e.fullName()
                        : e.fullName() + " — " + e.position()))
                .toList();
    }
}
