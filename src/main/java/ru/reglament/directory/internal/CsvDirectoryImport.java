package ru.reglament.directory.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.directory.Directory;
import ru.reglament.directory.DirectoryImport;
import ru.reglament.directory.DirectoryImportResult;
import ru.reglament.directory.PublicService;
import ru.reglament.shared.Violations;

@Service
class CsvDirectoryImport implements DirectoryImport {

    private final JdbcClient jdbc;
    private final Directory directory;

    CsvDirectoryImport(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    @Transactional
    public DirectoryImportResult importDonorTable(byte[] csv) {
        Violations violations = new Violations();
        List<DonorTableCsv.Line> lines = DonorTableCsv.parse(csv, code -> directory.serviceByCode(code).isPresent(),
                violations);
        Map<String, DonorTableCsv.Line> cards = new LinkedHashMap<>();
        for (DonorTableCsv.Line line : lines) {
            if (line.ogrn() == null) continue;
            DonorTableCsv.Line first = cards.putIfAbsent(line.ogrn(), line);
            if (first != null && !sameCard(first, line)) {
                violations.add(DonorTableCsv.where(line.number(), "CODE"), "organisation.inconsistent",
                        "Сведения об организации отличаются от строки " + first.number() + " с тем же ОГРН");
            }
        }
        violations.throwIfAny();

        int created = 0;
        int updated = 0;
        int regions = 0;
        Map<String, Integer> ids = new HashMap<>();
        for (DonorTableCsv.Line card : cards.values()) {
            String region = card.ogrn().substring(3, 5);
            regions += jdbc.sql("insert into directory_region (code, name) values (?, ?) on conflict do nothing")
                    .params(region, "Субъект РФ " + region).update();
            var changed = jdbc.sql("""
                    insert into directory_organisation (ogrn, region_code, title, short_title, address, schedule, phone, email)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (ogrn) do update set title = excluded.title, short_title = excluded.short_title,
                        address = excluded.address, schedule = excluded.schedule, phone = excluded.phone,
                        email = excluded.email, updated_at = now()
                    where (directory_organisation.title, directory_organisation.short_title, directory_organisation.address,
                           directory_organisation.schedule, directory_organisation.phone, directory_organisation.email)
                          is distinct from
                          (excluded.title, excluded.short_title, excluded.address, excluded.schedule, excluded.phone,
                           excluded.email)
                    returning id, (xmax = 0) as inserted""")
                    .params(card.ogrn(), region, card.title(), card.shortTitle(), card.address(), card.schedule(),
                            card.phone(), card.email())
                    .query((rs, n) -> new Object[] {rs.getInt("id"), rs.getBoolean("inserted")}).optional();
            if (changed.isPresent()) {
                ids.put(card.ogrn(), (Integer) changed.get()[0]);
                if ((Boolean) changed.get()[1]) created++; else updated++;
            } else {
                ids.put(card.ogrn(), jdbc.sql("select id from directory_organisation where ogrn = ?").param(card.ogrn())
                        .query(Integer.class).single());
            }
        }
        int linked = 0;
        for (DonorTableCsv.Line line : lines) {
            PublicService service = directory.serviceByCode(line.serviceCode()).orElseThrow();
            linked += jdbc.sql("""
                    insert into directory_organisation_service (organisation_id, service_id) values (?, ?)
                    on conflict do nothing""").params(ids.get(line.ogrn()), service.id()).update();
        }
        directory.refresh();
        return new DirectoryImportResult(lines.size(), created, updated, cards.size() - created - updated, linked, regions);
    }

    @Override
    public byte[] exportDonorTable() {
        return DonorTableCsv.write(jdbc.sql("""
                select o.ogrn, s.code, o.title, o.short_title, o.address, o.schedule, o.phone, o.email
                from directory_organisation o
                join directory_organisation_service os on os.organisation_id = o.id
                join directory_service s on s.id = os.service_id
                order by o.ogrn, s.code""")
                .query((rs, n) -> new DonorTableCsv.Line(n + 2, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list());
    }

    private static boolean sameCard(DonorTableCsv.Line a, DonorTableCsv.Line b) {
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.shortTitle(), b.shortTitle())
                && Objects.equals(a.address(), b.address()) && Objects.equals(a.schedule(), b.schedule())
                && Objects.equals(a.phone(), b.phone()) && Objects.equals(a.email(), b.email());
    }
}
