/**
 * Interagency requests (межведомственные запросы) over SMEV 3: the kinds of information each service
 * requests ({@code interagency/kinds.yaml}), the requests registration writes in the action's
 * transaction, the senders and pollers that exchange them with SMEV (message exchange 1.3, SOAP 1.1,
 * XML signatures with the organisation's ЭП-ОВ), and the built-in SMEV 3 simulator. When a round of
 * requests ends the application moves on through the system actions its process names.
 */
package ru.reglament.interagency;
