/**
 * A module as a newcomer writes one, in the test tree: it plugs an effect ({@code toy-stamp}), a fact
 * ({@code toy-stamped}) and a listener into the platform through the process engine's public
 * extension points and the applications' events, without a line in {@code applications}. The process
 * that uses them is data too: {@code src/test/resources/processes/toy.yaml}.
 */
package ru.reglament.toy;
