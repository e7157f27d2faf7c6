package ru.reglament.portal;

import java.util.List;
import java.util.Optional;
import ru.reglament.access.Actor;

/** What the applicant's cabinet was told of an application, for those who read it in full. */
public interface PortalFeed {

    /**
     * The status updates of the application, oldest first, each with its delivery; comments still
     * waiting for the next update are not among them.
     */
    List<StatusDelivery> of(long applicationId, Actor actor);

    /** The comments for the applicant that wait for the next status update. */
    List<String> waitingComments(long applicationId, Actor actor);

    /**
     * With the built-in portal (the demo): the access code of the application's cabinet page, once the
     * portal has heard of the application; empty otherwise.
     */
    Optional<String> demoCabinetCode(String portalNumber);
}
