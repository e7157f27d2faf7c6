package ru.reglament.portal;

import java.util.List;
import ru.reglament.applications.OpenCard;

/** What the applicant's cabinet was told of an application. */
public interface PortalFeed {

    /**
     * The feed of an application whose card the caller has opened (and so may read in full): read once,
     * without looking the application up again.
     */
    Feed of(OpenCard opened);

    /**
     * The status updates, oldest first, each with its delivery; the comments for the applicant that wait
     * for the next update; with the built-in portal (the demo), the access code of the cabinet page once
     * the portal has heard of the application, else null.
     */
    record Feed(List<StatusDelivery> deliveries, List<String> waitingComments, String demoCabinetCode) {

        /** What the cabinet shows now: the newest update the portal took, or null. */
        public StatusDelivery shown() {
            StatusDelivery shown = null;
            for (StatusDelivery d : deliveries) if (d.state() == DeliveryState.DELIVERED) shown = d;
            return shown;
        }
    }
}
