package ru.reglament.applications.internal;

import java.time.ZoneId;
import org.springframework.stereotype.Component;
import ru.reglament.applications.ApplicationRegistered;
import ru.reglament.directory.Organisation;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;

/**
 * Registers the application: gives it the registration number by its organisation's format, from one
 * global sequence (gaps allowed), and tells the modules that act on registration.
 */
@Component
class RegistrationNumberEffect implements ActionEffect {

    private final RegistrationSequence sequence;
    private final ZoneId zone;

    RegistrationNumberEffect(RegistrationSequence sequence, ZoneId zone) {
        this.sequence = sequence;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "registration-number";
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        ApplicationSnapshot application = context.application();
        if (application.registrationNumber() != null) return Changes.none();
        Organisation organisation = context.organisation();
        String number = RegistrationNumberFormat.format(organisation.registrationNumberFormat(), sequence.next(),
                context.now().atZone(zone).toLocalDate(), organisation.ogrn());
        return Changes.none().registrationNumber(number).detail("registrationNumber", number)
                .publish(new ApplicationRegistered(application.id(), number, application.organisationId(),
                        application.serviceId(), context.now()));
    }
}
