/**
 * Routing (маршрутизация): moving an application to the organisation actually competent for it. Plugs
 * into the process engine with the {@code route} effect and the {@code region} and {@code organisation}
 * parameter types; asks the directory who provides what.
 */
package ru.reglament.routing;
