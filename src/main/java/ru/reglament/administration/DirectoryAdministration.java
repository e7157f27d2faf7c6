package ru.reglament.administration;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ru.reglament.access.Actor;

/**
 * The platform administrator's changes to the directory; bad input is refused naming the field, and
 * nothing changes. The forms are serializable: a refused one goes back to the page through the session.
 */
public interface DirectoryAdministration {

    /** Creates or updates the organisation by ОГРН and sets the services it provides. Returns its id. */
    int saveOrganisation(OrganisationForm form, Actor actor);

    /**
     * The organisation's own administrator edits its card: short title, address, schedule, phone, e-mail
     * and registration number format. Its legal name, ОГРН, region and services stay the platform's.
     */
    void saveCard(int organisationId, CardForm form, Actor actor);

    /** Creates or updates the service by its code. Returns its id. */
    int saveService(ServiceForm form, Actor actor);

    /**
     * Creates or renames a region (субъект РФ) by its code: two digits, as the first digits of an ОГРН's
     * region part and the directory import name it.
     */
    void saveRegion(String code, String name, Actor actor);

    /** An organisation's card as the form sends it; {@code services}: the codes of the services it provides. */
    record OrganisationForm(String ogrn, String regionCode, String title, String shortTitle, String address,
            String schedule, String phone, String email, String registrationNumberFormat, List<String> services)
            implements Serializable {
    }

    /** What an organisation's administrator may change on its card. */
    record CardForm(String shortTitle, String address, String schedule, String phone, String email,
            String registrationNumberFormat) implements Serializable {
    }

    /**
     * A service as the form sends it; the grounds one per line as {@code CODE: title}, for refusing to
     * accept documents and for refusing the service. {@code processVersion}: the loaded version of the
     * process new applications start with; null: always the newest.
     */
    record ServiceForm(String code, String title, String shortTitle, int maxTermDays, BigDecimal fee, String processCode,
            Integer processVersion, String acceptanceRefusalGrounds, String refusalGrounds) implements Serializable {
    }
}
