package ru.reglament.interagency;

import java.util.Set;

/**
 * A kind of information («вид сведений») another agency provides over SMEV 3, as configured in
 * {@code interagency/kinds.yaml}: what it is called, who answers, the message type SMEV routes by (the
 * business request's namespace and root element), and how many working days an answer may take.
 */
public record InformationKind(String code, String name, String provider, String namespace, String rootElement,
        int timeoutDays) {

    /** A kind as one service requests it: {@code required} ones hold the application until answered. */
    public record Requested(InformationKind kind, boolean required, Set<String> applicants) {

        /** Whether the kind is requested for an applicant of this kind (PERSON, LEGAL, ENTREPRENEUR). */
        public boolean appliesTo(String applicantKind) {
            return applicants.isEmpty() || applicants.contains(applicantKind);
        }
    }
}
