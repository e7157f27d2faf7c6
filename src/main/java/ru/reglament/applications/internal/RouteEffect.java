package ru.reglament.applications.internal;

import org.springframework.stereotype.Component;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.process.EffectCall;
import ru.reglament.shared.InvalidInputException;

/**
 * Moves the application to the organisation actually competent for it (маршрутизация): it must
 * provide the service; the application arrives there unassigned.
 */
@Component
class RouteEffect implements ActionEffect {

    private final Directory directory;

    RouteEffect(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "route";
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public void apply(ActionExecution execution, EffectCall call) {
        String ogrn = execution.requiredText("organisationOgrn", "Выберите ведомство, в которое перенаправить заявление");
        Organisation target = directory.organisationByOgrn(ogrn).orElseThrow(() ->
                new InvalidInputException("organisationOgrn", "organisation.unknown", "Организация с таким ОГРН не найдена"));
        String region = execution.text("regionCode");
        if (region != null && !region.equals(target.regionCode())) {
            throw new InvalidInputException("regionCode", "region.mismatch", "Ведомство находится в другом регионе");
        }
        if (target.id() == execution.organisationId()) {
            throw new InvalidInputException("organisationOgrn", "organisation.same", "Заявление уже находится в этом ведомстве");
        }
        if (!directory.provides(target.id(), execution.service().id())) {
            throw new InvalidInputException("organisationOgrn", "organisation.does-not-provide-service",
                    "Выбранное ведомство не предоставляет эту услугу");
        }
        execution.details().put("fromOrganisation", execution.organisation().title())
                .put("fromOgrn", execution.organisation().ogrn())
                .put("toOrganisation", target.title()).put("toOgrn", target.ogrn());
        execution.moveTo(target.id());
        execution.assignTo(null);
    }
}
