package ru.reglament.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import ru.reglament.access.Actor;
import ru.reglament.applications.ApplicationIntake;
import ru.reglament.applications.IntakeRequest;
import ru.reglament.shared.ConflictException;
import ru.reglament.staff.Employee;
import tools.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.directory.DecisionGround;
import ru.reglament.directory.FormField;
import ru.reglament.directory.Directory;
import ru.reglament.directory.DirectoryChanges;
import ru.reglament.directory.Region;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import ru.reglament.shared.YamlResources;

/**
 * Loads the demo contour from {@code demo/demo-data.yaml}: organisations, services and one user per
 * role. Idempotent, so it runs at every start; sets every demo user's password to
 * {@code reglament.demo.password}, or to a fresh random one that it prints with the logins.
 */
@Component
@ConditionalOnExpression("'${reglament.demo.enabled:auto}' == 'true' or "
        + "('${reglament.demo.enabled:auto}' == 'auto' and '${spring.datasource.url:}'.isEmpty())")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DirectoryChanges changes;
    private final Directory directory;
    private final Staff staff;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final String configuredPassword;
    private final ApplicationIntake intake;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    DemoData(DirectoryChanges changes, Directory directory, Staff staff, PasswordEncoder passwords,
            TransactionTemplate transaction, @Value("${reglament.demo.password:}") String configuredPassword,
            ApplicationIntake intake, JsonMapper json, Clock clock, ZoneId zone) {
        this.intake = intake;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        this.changes = changes;
        this.directory = directory;
        this.staff = staff;
        this.passwords = passwords;
        this.transaction = transaction;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Object> demo = read();
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        String hash = passwords.encode(password);
        List<String[]> logins = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (Map<String, Object> r : list(demo, "regions")) {
                changes.upsertRegion(new Region(str(r, "code"), str(r, "name")));
            }
            Map<String, Integer> serviceIds = new HashMap<>();
            for (Map<String, Object> s : list(demo, "services")) {
                int serviceId = changes.upsertService(str(s, "code"), str(s, "title"), str(s, "shortTitle"),
                        (Integer) s.get("maxTermDays"), s.get("fee") == null ? null : new BigDecimal(s.get("fee").toString()),
                        "default", null, grounds(s.get("decisionGrounds")));
                serviceIds.put(str(s, "code"), serviceId);
                if (s.get("fields") != null) changes.setFormFields(serviceId, formFields(s.get("fields")));
            }
            Map<String, Integer> organisations = new HashMap<>();
            for (Map<String, Object> o : list(demo, "organisations")) {
                int id = changes.upsertOrganisation(str(o, "ogrn"), str(o, "region"), str(o, "title"), str(o, "shortTitle"),
                        str(o, "address"), str(o, "schedule"), str(o, "phone"), str(o, "email"),
                        str(o, "registrationNumberFormat"));
                organisations.put(str(o, "key"), id);
                for (Object code : (List<?>) o.get("services")) changes.link(id, serviceIds.get(code.toString()));
            }
            for (Map<String, Object> u : list(demo, "users")) {
                Integer organisation = u.get("organisation") == null ? null : organisations.get(str(u, "organisation"));
                List<Membership> memberships = ((List<?>) u.get("roles")).stream()
                        .map(role -> new Membership(organisation, Role.valueOf(role.toString()))).toList();
                staff.save(str(u, "login"), str(u, "name"), str(u, "position"), hash, memberships);
                logins.add(new String[] {str(u, "login"), String.join(", ",
                        memberships.stream().map(m -> m.role().title()).toList())});
            }
        });
        directory.refresh();
        int sent = sendApplications(demo);
        StringBuilder text = new StringBuilder("\n\n=== Reglament demo contour: users (password for all: ")
                .append(generated ? password + ", generated at this start; set reglament.demo.password to fix it"
                        : "from reglament.demo.password")
                .append(") ===\n");
        for (String[] login : logins) text.append(String.format("  %-22s %s%n", login[0], login[1]));
        if (sent > 0) text.append(String.format("  and %d applications from the portal to work on%n", sent));
        log.info(text.toString());
    }

    /**
     * The demo's applications, through the same intake as the portal's. Sent once: at a later start
     * the portal number is already received (with another submission time, so intake answers that
     * the number is taken) and nothing changes.
     */
    private int sendApplications(Map<String, Object> demo) {
        Employee portalUser = staff.byLogin("portal").orElse(null);
        if (portalUser == null || demo.get("applications") == null) return 0;
        Actor portal = new Actor(portalUser.id(), portalUser.login(), portalUser.fullName(),
                List.of(new Membership(null, Role.PORTAL)));
        Map<String, String> ogrnByKey = new HashMap<>();
        for (Map<String, Object> o : list(demo, "organisations")) ogrnByKey.put(str(o, "key"), str(o, "ogrn"));
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(zone)).withNano(0);
        int sent = 0;
        for (Map<String, Object> a : list(demo, "applications")) {
            Map<String, Object> body = new LinkedHashMap<>(a);
            body.remove("organisation");
            body.remove("hoursAgo");
            body.put("organisationOgrn", ogrnByKey.get(str(a, "organisation")));
            body.put("submittedAt", now.minusHours(((Number) a.get("hoursAgo")).longValue()).toString());
            body.put("channel", "EPGU");
            try {
                if (intake.receive(json.convertValue(body, IntakeRequest.class), portal).created()) sent++;
            } catch (ConflictException alreadyReceived) {
                // Sent at an earlier start.
            }
        }
        return sent;
    }

    private static Map<String, List<DecisionGround>> grounds(Object value) {
        Map<String, List<DecisionGround>> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> byKind) {
            byKind.forEach((kind, items) -> result.put(kind.toString(), ((List<?>) items).stream()
                    .map(item -> (Map<?, ?>) item)
                    .map(item -> new DecisionGround(item.get("code").toString(), item.get("title").toString()))
                    .toList()));
        }
        return result;
    }

    /** {@code fields: [{name, label, type}, …]}, in the order the card shows them. */
    private static List<FormField> formFields(Object value) {
        List<FormField> fields = new java.util.ArrayList<>();
        for (Object item : (List<?>) value) {
            Map<?, ?> field = (Map<?, ?>) item;
            fields.add(new FormField(field.get("name").toString(), field.get("label").toString(),
                    field.get("type") == null ? "text" : field.get("type").toString(), fields.size() + 1));
        }
        return fields;
    }

    private static Map<String, Object> read() {
        return YamlResources.read("demo/demo-data.yaml");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static String str(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return password.toString();
    }
}
