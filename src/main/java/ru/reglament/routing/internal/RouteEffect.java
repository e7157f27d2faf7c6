package ru.reglament.routing.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.Region;
import ru.reglament.process.ActionContext;
import ru.reglament.process.ActionEffect;
import ru.reglament.process.Changes;
import ru.reglament.process.EffectCall;
import ru.reglament.shared.InvalidInputException;

/**
 * Moves the application to the organisation actually competent for it: it must be another one, in
 * the region chosen, and provide the service; the application arrives there unassigned. The history
 * line names both organisations, which is how the applicant's view tells who acted before the move.
 */
@Component
class RouteEffect implements ActionEffect {

    static final String ORGANISATION = "organisationOgrn";
    static final String REGION = "regionCode";

    private final Directory directory;

    RouteEffect(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "route";
    }

    @Override
    public List<EffectParameter> parameters() {
        return List.of(new EffectParameter(ORGANISATION, OrganisationParameterType.NAME, true),
                new EffectParameter(REGION, RegionParameterType.NAME, false));
    }

    @Override
    public boolean writesBeyondTheApplication() {
        return false;
    }

    @Override
    public Changes apply(ActionContext context, EffectCall call) {
        Organisation target = context.inputs().value(ORGANISATION, Organisation.class);
        Region region = context.inputs().value(REGION, Region.class);
        if (region != null && !region.code().equals(target.regionCode())) {
            throw new InvalidInputException(REGION, "region.mismatch", "Ведомство находится в другом регионе");
        }
        if (target.id() == context.application().organisationId()) {
            throw new InvalidInputException(ORGANISATION, "organisation.same", "Заявление уже находится в этом ведомстве");
        }
        if (!directory.provides(target.id(), context.service().id())) {
            throw new InvalidInputException(ORGANISATION, "organisation.does-not-provide-service",
                    "Выбранное ведомство не предоставляет эту услугу");
        }
        Organisation from = context.organisation();
        return Changes.none().moveTo(target.id()).assignTo(null)
                .detail("fromOrganisation", from.title()).detail("fromOgrn", from.ogrn())
                .detail("toOrganisation", target.title()).detail("toOgrn", target.ogrn());
    }
}
