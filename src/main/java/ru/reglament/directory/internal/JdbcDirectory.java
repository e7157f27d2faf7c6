package ru.reglament.directory.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import ru.reglament.directory.DecisionGround;
import ru.reglament.directory.Directory;
import ru.reglament.directory.FormField;
import ru.reglament.directory.Organisation;
import ru.reglament.directory.PublicService;
import ru.reglament.directory.Region;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcDirectory implements Directory {

    private static final TypeReference<LinkedHashMap<String, List<DecisionGround>>> GROUNDS = new TypeReference<>() { };
    private static final TypeReference<List<FormField>> FORM_FIELDS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile DirectorySnapshot snapshot;

    JdbcDirectory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private DirectorySnapshot snapshot() {
        DirectorySnapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) refresh();
                current = snapshot;
            }
        }
        return current;
    }

    // Other nodes change the directory too (imports, admin); a periodic re-read keeps every node close.
    @Scheduled(fixedDelayString = "${reglament.directory.refresh-interval:PT30S}")
    void periodicRefresh() {
        if (snapshot != null) refresh();
    }

    @Override
    public synchronized void refresh() {
        List<Region> regions = jdbc.sql("select code, name from directory_region order by code")
                .query((rs, n) -> new Region(rs.getString("code"), rs.getString("name"))).list();
        List<Organisation> organisations = jdbc.sql("""
                select id, ogrn, region_code, title, short_title, address, schedule, phone, email,
                       registration_number_format
                from directory_organisation""")
                .query((rs, n) -> new Organisation(rs.getInt("id"), rs.getString("ogrn"), rs.getString("region_code"),
                        rs.getString("title"), rs.getString("short_title"), rs.getString("address"),
                        rs.getString("schedule"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("registration_number_format")))
                .list();
        List<PublicService> services = jdbc.sql("""
                select id, code, title, short_title, max_term_days, fee, process_code, process_version,
                       decision_grounds::text as grounds, form_fields::text as form_fields
                from directory_service""")
                .query((rs, n) -> new PublicService(rs.getInt("id"), rs.getString("code"), rs.getString("title"),
                        rs.getString("short_title"), rs.getInt("max_term_days"), rs.getObject("fee", BigDecimal.class),
                        rs.getString("process_code"), (Integer) rs.getObject("process_version"),
                        Map.copyOf(json.readValue(rs.getString("grounds"), GROUNDS)),
                        json.readValue(rs.getString("form_fields"), FORM_FIELDS).stream()
                                .sorted(Comparator.comparingInt(FormField::order)).toList()))
                .list();
        List<long[]> links = jdbc.sql("select organisation_id, service_id from directory_organisation_service")
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getInt(2)}).list();
        snapshot = DirectorySnapshot.of(regions, organisations, services, links);
    }

    @Override
    public Optional<Organisation> organisation(int id) {
        return Optional.ofNullable(snapshot().organisations().get(id));
    }

    @Override
    public Optional<Organisation> organisationByOgrn(String ogrn) {
        return ogrn == null ? Optional.empty() : Optional.ofNullable(snapshot().organisationsByOgrn().get(ogrn));
    }

    @Override
    public Optional<PublicService> service(int id) {
        return Optional.ofNullable(snapshot().services().get(id));
    }

    @Override
    public Optional<PublicService> serviceByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().servicesByCode().get(code));
    }

    @Override
    public boolean provides(int organisationId, int serviceId) {
        return snapshot().provided().contains(DirectorySnapshot.key(organisationId, serviceId));
    }

    @Override
    public List<Region> regions() {
        return snapshot().regions().values().stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    @Override
    public Optional<Region> region(String code) {
        return Optional.ofNullable(snapshot().regions().get(code));
    }

    @Override
    public List<Organisation> organisations() {
        return snapshot().sortedOrganisations();
    }

    @Override
    public List<Organisation> organisationsProviding(int serviceId) {
        return snapshot().sortedOrganisations().stream().filter(o -> provides(o.id(), serviceId)).toList();
    }

    @Override
    public List<PublicService> services() {
        return snapshot().services().values().stream().sorted(Comparator.comparing(PublicService::code)).toList();
    }

    @Override
    public List<PublicService> servicesOf(int organisationId) {
        return snapshot().services().values().stream()
                .filter(s -> provides(organisationId, s.id()))
                .sorted(Comparator.comparing(PublicService::code))
                .toList();
    }
}
