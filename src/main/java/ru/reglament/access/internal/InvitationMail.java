package ru.reglament.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.reglament.directory.Directory;
import ru.reglament.shared.WorkerLoops;
import ru.reglament.staff.Role;

/**
 * Sends the invitations' mail when SMTP is configured: every node looks for due mail
 * ({@code FOR UPDATE SKIP LOCKED}, so each goes once), sends it and forgets the link; an SMTP error is
 * kept on the invitation («Организация» shows it) and the mail is tried again later, 30 s, 1, 2 … up to
 * 60 min apart. An invitation is written before its mail: a restart loses none.
 */
@Component
class InvitationMail extends WorkerLoops {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Europe/Moscow"));

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Directory directory;
    private final InvitationProperties properties;
    private final JavaMailSender sender;

    InvitationMail(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, Directory directory,
            InvitationProperties properties, ObjectProvider<JavaMailSender> sender) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory;
        this.properties = properties;
        this.sender = sender.getIfAvailable();
    }

    private record Due(long id, int organisationId, String email, String firstName, String middleName, String[] roles,
            String link, String invitedBy, Instant expiresAt, int attempts) {
    }

    /** Sends the due mail, a few at a time; answers how many were tried. */
    int sendDue() {
        Integer tried = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Due> due = jdbc.sql("""
                    select id, organisation_id, email, first_name, middle_name, roles, link, invited_by_name, expires_at,
                        mail_attempts
                    from access_invitation
                    where link is not null and next_mail_at <= ? and expires_at > ?
                    order by next_mail_at limit 10 for update skip locked""")
                    .params(Timestamp.from(now), Timestamp.from(now))
                    .query((rs, row) -> new Due(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), (String[]) rs.getArray(6).getArray(), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant(), rs.getInt(10)))
                    .list();
            due.forEach(this::send);
            return due.size();
        });
        return tried == null ? 0 : tried;
    }

    private void send(Due due) {
        SimpleMailMessage message = new SimpleMailMessage();
        String organisation = directory.organisation(due.organisationId()).map(o -> o.title()).orElse("");
        message.setFrom(properties.from());
        message.setTo(due.email());
        message.setSubject("Приглашение в Reglament: " + directory.organisation(due.organisationId()).map(o -> o.displayName()).orElse(""));
        message.setText("Здравствуйте, " + due.firstName() + (due.middleName() == null ? "" : " " + due.middleName()) + "!\n\n"
                + due.invitedBy() + " приглашает вас присоединиться к организации «" + organisation
                + "» в Reglament с ролями: " + Arrays.stream(due.roles()).map(r -> Role.valueOf(r).title())
                        .collect(Collectors.joining(", ")) + ".\n\n"
                + "Чтобы присоединиться, перейдите по ссылке и войдите через Госуслуги (нужна подтверждённая учётная запись):\n"
                + due.link() + "\n\n"
                + "Ссылка действует один раз, до " + DATE.format(due.expiresAt()) + ".\n"
                + "Если вы не ждали этого письма, просто удалите его.\n");
        try {
            sender.send(message);
            jdbc.sql("update access_invitation set sent_at = ?, link = null, mail_error = null, mail_attempts = mail_attempts + 1 where id = ?")
                    .params(Timestamp.from(clock.instant()), due.id()).update();
            log.info("Invitation {} mailed to {}", due.id(), due.email());
        } catch (MailException e) {
            Duration wait = Duration.ofSeconds(30L << Math.min(due.attempts(), 7));
            if (wait.compareTo(Duration.ofHours(1)) > 0) wait = Duration.ofHours(1);
            jdbc.sql("update access_invitation set mail_error = ?, mail_attempts = mail_attempts + 1, next_mail_at = ? where id = ?")
                    .params(String.valueOf(e.getMessage()), Timestamp.from(clock.instant().plus(wait)), due.id()).update();
            log.warn("Invitation {} to {} not mailed (attempt {}), trying again in {}: {}", due.id(), due.email(),
                    due.attempts() + 1, wait, e.getMessage());
        }
    }

    /** None without SMTP: the administrator hands the link over. */
    @Override
    protected List<Loop> loops() {
        return sender == null ? List.of() : List.of(new Loop("invitation-mail", this::sendDue));
    }

    @Override
    protected Duration idle() {
        return properties.poll();
    }

    @Override
    protected Duration grace() {
        return Duration.ofSeconds(10);
    }
}
