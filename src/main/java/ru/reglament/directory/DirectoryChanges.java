package ru.reglament.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes to the directory: regions, services, organisations and who provides what. Each call upserts by natural key. */
public interface DirectoryChanges {

    void upsertRegion(Region region);

    /** Returns the service id. {@code processVersion}: the version new applications start with; null: the newest. */
    int upsertService(String code, String title, String shortTitle, int maxTermDays, BigDecimal fee, String processCode,
            Integer processVersion, Map<String, List<DecisionGround>> decisionGrounds);

    /** Sets the fields of the service's form, as «Данные заявления» shows them; the order is each field's own. */
    void setFormFields(int serviceId, List<FormField> fields);

    /**
     * Upserts the organisation's card by ОГРН; a null registration-number format keeps the current one.
     * Returns the organisation id.
     */
    int upsertOrganisation(String ogrn, String regionCode, String title, String shortTitle, String address,
            String schedule, String phone, String email, String registrationNumberFormat);

    /** Records that the organisation provides the service; true if it did not before. */
    boolean link(int organisationId, int serviceId);

    /** Records that the organisation no longer provides the service (its applications stay); true if it did. */
    boolean unlink(int organisationId, int serviceId);
}
