package ru.reglament.directory;

import java.util.List;
import java.util.Optional;

/**
 * Read side of the directory: organisations, services and who provides what. Served from an
 * in-memory snapshot that is reloaded when the directory changes, because intake and every card
 * look these up on the hot path.
 */
public interface Directory {

    Optional<Organisation> organisation(int id);

    Optional<Organisation> organisationByOgrn(String ogrn);

    Optional<PublicService> service(int id);

    Optional<PublicService> serviceByCode(String code);

    boolean provides(int organisationId, int serviceId);

    List<Region> regions();

    Optional<Region> region(String code);

    List<Organisation> organisations();

    List<Organisation> organisationsProviding(int serviceId);

    List<PublicService> services();

    List<PublicService> servicesOf(int organisationId);

    /** Re-reads the directory from the database; called after an import or an admin change. */
    void refresh();
}
