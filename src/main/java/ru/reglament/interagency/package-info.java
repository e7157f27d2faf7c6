/**
 * Interagency requests (межведомственные запросы, СМЭВ 3) sent on registration. Plugs into the
 * process engine with the {@code interagency-requests} effect. Until kinds of information are
 * configured per service (issue 13), no service has any to send.
 */
package ru.reglament.interagency;
