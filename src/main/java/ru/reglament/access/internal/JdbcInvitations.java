package ru.reglament.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.access.Actor;
import ru.reglament.access.Invitations;
import ru.reglament.access.OrganisationAdministration;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.shared.EmailAddress;
import ru.reglament.shared.ForbiddenException;
import ru.reglament.shared.InputPolicy;
import ru.reglament.shared.NotFoundException;
import ru.reglament.shared.Violations;
import ru.reglament.staff.Role;

@Service
class JdbcInvitations implements Invitations {

    private static final Logger log = LoggerFactory.getLogger(JdbcInvitations.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String SELECT = """
            select i.*, e.full_name as accepted_name from access_invitation i
            left join staff_employee e on e.id = i.accepted_by
            """;

    /** An invitation the link names, with the organisation it invites to, as its page shows it. */
    record Opened(Invitation invitation, Organisation organisation) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Directory directory;
    private final AuditTrail audit;
    private final OrganisationAdministration administration;
    private final InvitationProperties properties;
    private final boolean mail;

    JdbcInvitations(JdbcClient jdbc, Clock clock, Directory directory, AuditTrail audit,
            OrganisationAdministration administration, InvitationProperties properties,
            ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.audit = audit;
        this.administration = administration;
        this.properties = properties;
        this.mail = mailSender.getIfAvailable() != null;
    }

    @Override
    public boolean mailConfigured() {
        return mail;
    }

    @Override
    @Transactional
    public Invited invite(int organisationId, InvitationForm form, String linkBase, Actor actor) {
        Organisation organisation = administered(organisationId, actor);
        Violations violations = new Violations();
        String email = trim(form.email());
        if (email == null) violations.add("email", "required", "Укажите адрес электронной почты");
        else if (InputPolicy.text("email", email, 200, false, violations)
                && !EmailAddress.isValid(email)) {
            violations.add("email", EmailAddress.RULE, EmailAddress.MESSAGE);
        }
        String lastName = name(violations, "lastName", form.lastName(), true, "Укажите фамилию");
        String firstName = name(violations, "firstName", form.firstName(), true, "Укажите имя");
        String middleName = name(violations, "middleName", form.middleName(), false, null);
        List<Role> roles = form.roles() == null ? List.of() : form.roles().stream().distinct().sorted().toList();
        if (roles.isEmpty()) violations.add("roles", "required", "Отметьте хотя бы одну роль");
        for (Role role : roles) {
            if (!administration.grantableRoles().contains(role)) {
                violations.add("roles", "role.not-grantable", "Роль «" + role.title() + "» не назначается администратором организации");
            }
        }
        violations.throwIfAny();

        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String base = properties.baseUrl() != null ? properties.baseUrl() : linkBase.replaceAll("/+$", "");
        String link = base + "/invitation/" + token;
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into access_invitation (organisation_id, email, last_name, first_name, middle_name, roles,
                    token_hash, link, invited_by, invited_by_name, created_at, expires_at, next_mail_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, email, lastName, firstName, middleName,
                        roles.stream().map(Enum::name).toArray(String[]::new), hash(token), mail ? link : null,
                        actor.employeeId(), actor.fullName(), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.validFor())), mail ? Timestamp.from(now) : null)
                .query(Long.class).single();
        Invitation invitation = invitation(id).orElseThrow();
        audit.record(actor.employeeId(), actor.fullName(), "invitation", Long.toString(id), "invite", null, view(invitation));
        log.info("{} invited {} to organisation {} as {}", actor.login(), email, organisation.ogrn(), roles);
        return new Invited(invitation, mail ? null : link);
    }

    @Override
    public List<Invitation> ofOrganisation(int organisationId, int limit) {
        return jdbc.sql(SELECT + " where i.organisation_id = ? order by i.id desc limit ?")
                .params(organisationId, limit).query(this::row).list();
    }

    @Override
    @Transactional
    public void revoke(int organisationId, long invitationId, Actor actor) {
        administered(organisationId, actor);
        Invitation before = invitation(invitationId).filter(i -> i.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("Приглашение не найдено"));
        int revoked = jdbc.sql("""
                update access_invitation set revoked_at = ?, link = null
                where id = ? and revoked_at is null and accepted_at is null""")
                .params(Timestamp.from(clock.instant()), invitationId).update();
        if (revoked == 1) {
            audit.record(actor.employeeId(), actor.fullName(), "invitation", Long.toString(invitationId), "revoke",
                    view(before), view(invitation(invitationId).orElseThrow()));
        }
    }

    /** The invitation a link names, whatever its state; empty for a link that names none. */
    Optional<Opened> open(String token) {
        return jdbc.sql(SELECT + " where i.token_hash = ?").param(hash(token)).query(this::row).optional()
                .map(i -> new Opened(i, directory.organisation(i.organisationId()).orElseThrow()));
    }

    /**
     * The invitation the link names, locked for its acceptance in the caller's transaction, if the
     * person may accept it: it is open, the account is confirmed, and the name is the invited one.
     */
    Invitation claim(String token, ExternalLogins.Identity identity) {
        Invitation invitation = jdbc.sql(SELECT + " where i.token_hash = ? for update of i").param(hash(token))
                .query(this::row).optional()
                .orElseThrow(() -> new ExternalLogins.Refused("Ссылка приглашения недействительна. Попросите "
                        + "администратора организации пригласить вас снова."));
        switch (invitation.state()) {
            case ACCEPTED -> throw new ExternalLogins.Refused("Приглашение уже использовано: оно действует один раз.");
            case EXPIRED -> throw new ExternalLogins.Refused("Срок приглашения истёк. Попросите администратора "
                    + "организации пригласить вас снова.");
            case REVOKED -> throw new ExternalLogins.Refused("Приглашение отозвано администратором организации.");
            default -> {
            }
        }
        if (!identity.confirmed()) {
            throw new ExternalLogins.Refused("Присоединиться к организации можно только с подтверждённой учётной "
                    + "записью. Подтвердите учётную запись «" + identity.fullName() + "» и перейдите по ссылке "
                    + "из письма снова.");
        }
        if (!sameName(identity.fullName(), invitation.fullName())) {
            log.warn("{} login {} with invitation {} for {} refused: another name", identity.provider(),
                    identity.login(), invitation.id(), invitation.fullName());
            throw new ExternalLogins.Refused("Приглашение выписано на имя «" + invitation.fullName()
                    + "», а вход выполнен как «" + identity.fullName() + "». Попросите администратора организации "
                    + "пригласить вас под вашим именем.");
        }
        return invitation;
    }

    /** The claimed invitation is used: by the employee, who now holds its roles. */
    void accepted(Invitation invitation, long employeeId, String employeeName) {
        jdbc.sql("update access_invitation set accepted_at = ?, accepted_by = ?, link = null where id = ?")
                .params(Timestamp.from(clock.instant()), employeeId, invitation.id()).update();
        audit.record(employeeId, employeeName, "invitation", Long.toString(invitation.id()), "accept",
                view(invitation), view(invitation(invitation.id()).orElseThrow()));
        log.info("{} joined organisation {} by invitation {} as {}", employeeName, invitation.organisationId(),
                invitation.id(), invitation.roles());
    }

    /** The surname and the first name invited are among the words of the name the provider vouches for. */
    static boolean sameName(String vouched, String invited) {
        List<String> words = Arrays.asList(normalised(vouched).split(" "));
        String[] expected = normalised(invited).split(" ");
        return words.contains(expected[0]) && (expected.length < 2 || words.contains(expected[1]));
    }

    private static String normalised(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }

    private Optional<Invitation> invitation(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(this::row).optional();
    }

    private Invitation row(ResultSet rs, int rowNumber) throws SQLException {
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        State state;
        if (rs.getTimestamp("revoked_at") != null) state = State.REVOKED;
        else if (rs.getTimestamp("accepted_at") != null) state = State.ACCEPTED;
        else if (!clock.instant().isBefore(expires)) state = State.EXPIRED;
        else if (rs.getTimestamp("sent_at") != null) state = State.SENT;
        else if (rs.getString("link") != null) state = State.MAILING;
        else state = State.HANDED;
        String middle = rs.getString("middle_name");
        String fullName = rs.getString("last_name") + " " + rs.getString("first_name") + (middle == null ? "" : " " + middle);
        List<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).toList();
        return new Invitation(rs.getLong("id"), rs.getInt("organisation_id"), rs.getString("email"), fullName, roles,
                rs.getString("invited_by_name"), rs.getTimestamp("created_at").toInstant(), expires, state,
                rs.getString("mail_error"), rs.getString("accepted_name"));
    }

    private Organisation administered(int organisationId, Actor actor) {
        if (!actor.rolesIn(organisationId).contains(Role.ORG_ADMIN) && !actor.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("role", "Сотрудников в организацию приглашает её администратор");
        }
        return directory.organisation(organisationId).orElseThrow(() -> new NotFoundException("Организация не найдена"));
    }

    private static Map<String, Object> view(Invitation invitation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organisation", invitation.organisationId());
        view.put("email", invitation.email());
        view.put("name", invitation.fullName());
        view.put("roles", invitation.roles().stream().map(Enum::name).toList());
        view.put("expires", invitation.expiresAt().toString());
        view.put("state", invitation.state().name());
        return view;
    }

    private static String name(Violations violations, String field, String value, boolean required, String missing) {
        String trimmed = trim(value);
        if (trimmed == null) {
            if (required) violations.add(field, "required", missing);
            return null;
        }
        if (InputPolicy.text(field, trimmed, 100, false, violations) && !trimmed.matches("[\\p{L}][\\p{L} '’.-]*")) {
            violations.add(field, "name.letters", "Только буквы, пробел, дефис и апостроф");
        }
        return trimmed;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
