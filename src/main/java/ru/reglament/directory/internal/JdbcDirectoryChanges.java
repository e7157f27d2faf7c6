package ru.reglament.directory.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.reglament.directory.DecisionGround;
import ru.reglament.directory.DirectoryChanges;
import ru.reglament.directory.FormField;
import ru.reglament.directory.Region;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcDirectoryChanges implements DirectoryChanges {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDirectoryChanges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void upsertRegion(Region region) {
        jdbc.sql("""
                insert into directory_region (code, name) values (?, ?)
                on conflict (code) do update set name = excluded.name""")
                .params(region.code(), region.name()).update();
    }

    @Override
    public void setFormFields(int serviceId, List<FormField> fields) {
        jdbc.sql("update directory_service set form_fields = ?::jsonb where id = ?")
                .params(json.writeValueAsString(fields), serviceId).update();
    }

    @Override
    public int upsertService(String code, String title, String shortTitle, int maxTermDays, BigDecimal fee,
            String processCode, Integer processVersion, Map<String, List<DecisionGround>> decisionGrounds) {
        return jdbc.sql("""
                insert into directory_service (code, title, short_title, max_term_days, fee, process_code, process_version,
                    decision_grounds)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (code) do update set title = excluded.title, short_title = excluded.short_title,
                    max_term_days = excluded.max_term_days, fee = excluded.fee, process_code = excluded.process_code,
                    process_version = excluded.process_version, decision_grounds = excluded.decision_grounds
                returning id""")
                .params(code, title, shortTitle, maxTermDays, fee, processCode, processVersion,
                        json.writeValueAsString(decisionGrounds))
                .query(Integer.class).single();
    }

    @Override
    public int upsertOrganisation(String ogrn, String regionCode, String title, String shortTitle, String address,
            String schedule, String phone, String email, String registrationNumberFormat) {
        return jdbc.sql("""
                insert into directory_organisation (ogrn, region_code, title, short_title, address, schedule, phone, email,
                    registration_number_format)
                values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, '{yyyy}-{seq:7}'))
                on conflict (ogrn) do update set region_code = excluded.region_code, title = excluded.title,
                    short_title = excluded.short_title, address = excluded.address, schedule = excluded.schedule,
                    phone = excluded.phone, email = excluded.email,
                    registration_number_format = coalesce(?, directory_organisation.registration_number_format),
                    updated_at = now()
                returning id""")
                .params(ogrn, regionCode, title, shortTitle, address, schedule, phone, email, registrationNumberFormat,
                        registrationNumberFormat)
                .query(Integer.class).single();
    }

    @Override
    public boolean link(int organisationId, int serviceId) {
        return jdbc.sql("""
                insert into directory_organisation_service (organisation_id, service_id) values (?, ?)
                on conflict do nothing""")
                .params(organisationId, serviceId).update() == 1;
    }

    @Override
    public boolean unlink(int organisationId, int serviceId) {
        return jdbc.sql("delete from directory_organisation_service where organisation_id = ? and service_id = ?")
                .params(organisationId, serviceId).update() == 1;
    }
}
