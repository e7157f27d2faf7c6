package ru.reglament.process.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.staff.Employee;

/** Who is responsible for the application: the caller themselves, or a colleague the transition allows. */
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
        public Changes apply(ActionContext context, EffectCall call) {
            return Changes.none().assignTo(context.caller().employeeId());
        }
    }

    @Component
    static class AssignToEmployee implements ActionEffect {

        static final String ASSIGNEE = "assigneeId";

        @Override
        public String name() {
            return "assign-to-employee";
        }

        @Override
        public List<EffectParameter> parameters() {
            return List.of(new EffectParameter(ASSIGNEE, "employee", true));
        }

        @Override
        public boolean writesBeyondTheApplication() {
            return false;
        }

        @Override
        public Changes apply(ActionContext context, EffectCall call) {
            Employee employee = context.inputs().value(ASSIGNEE, Employee.class);
            return Changes.none().assignTo(employee.id())
                    .detail("assigneeId", employee.id()).detail("assigneeName", employee.fullName());
        }
    }
}
