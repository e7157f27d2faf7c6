package ru.reglament.applications.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import ru.reglament.process.EffectCall;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.staff.Employee;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import tools.jackson.databind.JsonNode;

/** Who is responsible for the application: the caller themselves, or a colleague with the right role. */
final class AssignmentEffects {

    private AssignmentEffects() {
    }

    @Component
    static class AssignToCaller implements ActionEffect {

        @Override
        public String name() {
            return "assign-to-caller";
        }

        @Override
        public boolean writesBeyondTheApplication() {
            return false;
        }

        @Override
        public void apply(ActionExecution execution, EffectCall call) {
            execution.assignTo(execution.actor().employeeId());
        }
    }

    @Component
    static class AssignToEmployee implements ActionEffect {

        private final Staff staff;

        AssignToEmployee(Staff staff) {
            this.staff = staff;
        }

        @Override
        public String name() {
            return "assign-to-employee";
        }

        @Override
        public boolean writesBeyondTheApplication() {
            return false;
        }

        @Override
        public void apply(ActionExecution execution, EffectCall call) {
            JsonNode id = execution.param("assigneeId");
            if (id == null || !id.canConvertToLong()) {
                throw new InvalidInputException("assigneeId", "required", "Выберите сотрудника, на которого назначить заявление");
            }
            Employee employee = staff.employee(id.asLong()).filter(Employee::active).orElseThrow(() ->
                    new InvalidInputException("assigneeId", "employee.unknown", "Сотрудник не найден"));
            Set<Role> needed = execution.transition().assignees();
            boolean suitable = employee.memberships().stream().anyMatch(m -> m.organisationId() != null
                    && m.organisationId() == execution.organisationId() && needed.contains(m.role()));
            if (!suitable) {
                throw new InvalidInputException("assigneeId", "employee.role",
                        "У сотрудника нет подходящей роли в организации заявления");
            }
            execution.assignTo(employee.id());
            execution.details().put("assigneeId", employee.id()).put("assigneeName", employee.fullName());
        }
    }
}
