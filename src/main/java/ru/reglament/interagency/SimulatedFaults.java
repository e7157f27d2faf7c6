package ru.reglament.interagency;

/**
 * Makes the built-in SMEV 3 simulator fail the next messages of a type the way a real node fails: it
 * is unreachable (nothing kept), or it keeps the message and the answer is lost on the way back (the
 * sender must try again and hear "already sent"). For the demo and the tests; there only when the
 * simulator is on.
 */
public interface SimulatedFaults {

    enum Fault { UNAVAILABLE, ANSWER_LOST }

    /** The next {@code times} SendRequests of the namespace fail so. */
    void failNextSends(String namespace, int times, Fault fault);
}
