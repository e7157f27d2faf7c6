/**
 * The applicant's side: the status feed back to the portal's cabinet (ЕЛК) and, in the demo, the
 * portal itself. Every status change the applicant should see ({@code portal/elk-statuses.yaml}) is
 * written to an outbox in the transaction of the action that made it, with the comments for the
 * applicant waiting for it and, on a final status, the signed result; background senders deliver the
 * updates of each application in order as {@code ElkOrderRequest} over SMEV 3 (the interagency
 * module's {@link ru.reglament.interagency.SmevChannel}). The built-in portal simulator records what
 * the cabinet would show, and the cabinet page shows it for a portal number and its access code.
 */
package ru.reglament.portal;
