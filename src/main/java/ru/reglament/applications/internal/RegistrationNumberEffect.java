package ru.reglament.applications.internal;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.reglament.process.EffectCall;

/** Assigns the registration number by the organisation's format from one global sequence (gaps allowed). */
@Component
class RegistrationNumberEffect implements ActionEffect {

    private final RegistrationSequence sequence;
    private final ZoneId zone;

    RegistrationNumberEffect(RegistrationSequence sequence, @Value("${reglament.time-zone:Europe/Moscow}") ZoneId zone) {
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
    public void apply(ActionExecution execution, EffectCall call) {
        if (execution.registrationNumber() != null) return;
        String number = RegistrationNumberFormat.format(execution.organisation().registrationNumberFormat(),
                sequence.next(), execution.now().atZone(zone).toLocalDate(), execution.organisation().ogrn());
        execution.registrationNumber(number);
        execution.details().put("registrationNumber", number);
    }
}
