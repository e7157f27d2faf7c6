package ru.reglament.process;

import java.time.Instant;
import ru.reglament.access.Actor;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;

/**
 * What an effect (and a parameter type) reads while an action applies: the application as it stands,
 * its process, the action and the transition that applies, the caller, the service and the
 * organisation (looked up once per action), the time of the action and the typed inputs. Read-only:
 * an effect answers with {@link Changes}.
 */
public record ActionContext(
        ApplicationSnapshot application,
        ProcessDefinition process,
        ProcessAction action,
        Transition transition,
        Actor caller,
        PublicService service,
        Organisation organisation,
        Instant now,
        ActionInputs inputs,
        Lookups lookups) {

    ActionContext with(ApplicationSnapshot changed, Organisation organisationNow) {
        return new ActionContext(changed, process, action, transition, caller, service, organisationNow, now, inputs, lookups);
    }

    ActionContext with(ActionInputs typed) {
        return new ActionContext(application, process, action, transition, caller, service, organisation, now, typed,
                lookups);
    }
}
