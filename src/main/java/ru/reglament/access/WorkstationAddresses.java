package ru.reglament.access;

import java.time.Instant;
import java.util.List;

/**
 * The addresses an organisation's employees may work from (seed 000's «адреса рабочих мест»): IPs and
 * CIDR ranges. An organisation with none set lets its employees work from anywhere; one with a list
 * refuses their sessions and API calls from any other address, and keeps each refusal.
 */
public interface WorkstationAddresses {

    /** The organisation's list, as its administrator set it; empty: anywhere. */
    List<String> of(int organisationId);

    /**
     * Replaces the list. Each entry must be an IPv4 or IPv6 address or a CIDR range; a bad one is refused
     * naming its position ({@code addresses[2]}) and nothing changes. Only an administrator of the
     * organisation may set it.
     */
    void set(int organisationId, List<String> addresses, Actor actor);

    /** The newest refusals of the organisation's employees, newest first. */
    List<Refusal> refusals(int organisationId, int limit);

    record Refusal(String login, String address, String path, Instant at) {
    }
}
