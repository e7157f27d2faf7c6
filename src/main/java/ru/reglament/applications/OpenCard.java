package ru.reglament.applications;

import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import java.util.List;
import ru.reglament.process.ApplicationSnapshot;
import ru.reglament.process.ProcessDefinition;

/**
 * A card with what was looked up to build it: the application as the engine sees it, its process
 * definition, service and organisation, and the actions offered with the transitions they would
 * take. A page that shows the card (its forms, its diagram) reads these instead of looking them up again.
 */
public record OpenCard(ApplicationCard card, ApplicationSnapshot application, ProcessDefinition process,
        PublicService service, Organisation organisation, List<ProcessDefinition.Offer> offers) {
}
