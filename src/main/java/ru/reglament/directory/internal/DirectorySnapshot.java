package ru.reglament.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.directory.Region;

/** An immutable copy of the whole directory: a few thousand rows at most, read on every request. */
record DirectorySnapshot(
        Map<String, Region> regions,
        Map<Integer, Organisation> organisations,
        Map<String, Organisation> organisationsByOgrn,
        Map<Integer, PublicService> services,
        Map<String, PublicService> servicesByCode,
        Set<Long> provided) {

    static DirectorySnapshot of(List<Region> regions, List<Organisation> organisations,
            List<PublicService> services, List<long[]> links) {
        return new DirectorySnapshot(
                regions.stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity())),
                organisations.stream().collect(Collectors.toUnmodifiableMap(Organisation::id, Function.identity())),
                organisations.stream().collect(Collectors.toUnmodifiableMap(Organisation::ogrn, Function.identity())),
                services.stream().collect(Collectors.toUnmodifiableMap(PublicService::id, Function.identity())),
                services.stream().collect(Collectors.toUnmodifiableMap(PublicService::code, Function.identity())),
                links.stream().map(link -> key((int) link[0], (int) link[1])).collect(Collectors.toUnmodifiableSet()));
    }

    static long key(int organisationId, int serviceId) {
        return ((long) organisationId << 32) | (serviceId & 0xffffffffL);
    }

    List<Organisation> sortedOrganisations() {
        return organisations.values().stream()
                .sorted(Comparator.comparing(Organisation::regionCode).thenComparing(Organisation::title))
                .toList();
    }
}
