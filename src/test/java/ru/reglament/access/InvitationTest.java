package ru.reglament.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.reglament.audit.AuditTrail;
import ru.reglament.directory.Directory;
import ru.reglament.shared.InvalidInputException;
import ru.reglament.staff.Membership;
import ru.reglament.staff.Role;
import ru.reglament.staff.Staff;
import ru.reglament.support.Fixtures;
import ru.reglament.support.TestClock;

/**
 * «Пригласить сотрудника» (seed 003): the administrator's invitation goes by mail (a real SMTP server)
 * with a link that works once and for 60 days; the person joins by logging in through ЕСИА with a
 * confirmed account in the invited name, and holds the invited roles from then on, though their ЕСИА
 * groups give none. A used, expired or revoked link, an unconfirmed account and another person's login
 * are refused, and nothing is granted.
 */
class InvitationTest extends IdentityTestBase {

    static final String NOVIKOVA = "1000299356";
    static final String LEBEDEV = "1000299357";
    static final String SMIRNOVA = "1000299353";

    @Autowired
    Invitations invitations;

    @Autowired
    Directory directory;

    @Autowired
    Staff staff;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theInvitedPersonJoinsOnceThroughEsiaAndKeepsTheRoles() throws Exception {
        int tosno = tosno();
        Invitations.Invited invited = invitations.invite(tosno, new Invitations.InvitationForm("novikova@tosno.example.ru",
                "Новикова", "Дарья", "Олеговна", List.of(Role.REGISTRAR, Role.OBSERVER)), base(), admin(tosno));
        assertThat(invited.link()).as("with mail configured the link goes by mail only").isNull();

        MimeMessage mail = mailTo("novikova@tosno.example.ru");
        assertThat(mail.getSubject()).contains("Приглашение в Reglament", "Тосненск");
        String body = text(mail);
        String link = link(body);
        assertThat(link).startsWith(base() + "/invitation/");
        assertThat(invitations.ofOrganisation(tosno, 5).get(0).state()).isEqualTo(Invitations.State.SENT);

        EsiaBrowser browser = new EsiaBrowser();
        HttpResponse<String> page = browser.get(link);
        assertThat(page.body()).contains("Новикова Дарья Олеговна", "«Тосненский район»", "Регистратор",
                "Наблюдатель");
        HttpResponse<String> home = join(browser, page, NOVIKOVA);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Новикова Дарья Олеговна");
        assertThat(staff.byLogin("esia:" + NOVIKOVA).orElseThrow().memberships())
                .containsExactlyInAnyOrder(new Membership(tosno, Role.REGISTRAR), new Membership(tosno, Role.OBSERVER));
        Invitations.Invitation accepted = invitations.ofOrganisation(tosno, 5).get(0);
        assertThat(accepted.state()).isEqualTo(Invitations.State.ACCEPTED);
        assertThat(accepted.acceptedBy()).isEqualTo("Новикова Дарья Олеговна");
        assertThat(audit.recent("invitation", Long.toString(accepted.id()), 5)).extracting(AuditTrail.Entry::change)
                .containsExactly("accept", "invite");

        // The link works once: a second visit is told so and offers nothing to press.
        EsiaBrowser again = new EsiaBrowser();
        HttpResponse<String> used = again.get(link);
        assertThat(used.body()).contains("Приглашение уже использовано").doesNotContain("join-esia");

        // Her ЕСИА groups give her nothing, yet the roles granted here stay at her next login.
        EsiaBrowser later = new EsiaBrowser();
        assertThat(later.logInAs(url(""), later.get(url("/login/esia")).body(), NOVIKOVA).uri().getPath()).isEqualTo("/");
        assertThat(staff.byLogin("esia:" + NOVIKOVA).orElseThrow().memberships()).hasSize(2);
    }

    @Test
    void anUnconfirmedAccountAnotherPersonAnExpiredAndARevokedLinkAreRefused() throws Exception {
        int tosno = tosno();
        invitations.invite(tosno, new Invitations.InvitationForm("lebedev@tosno.example.ru", "Лебедев", "Игорь", null,
                List.of(Role.SPECIALIST)), base(), admin(tosno));
        String link = link(text(mailTo("lebedev@tosno.example.ru")));

        // Лебедев's ЕСИА account is not confirmed: refused, nothing made, the invitation still open.
        EsiaBrowser lebedev = new EsiaBrowser();
        HttpResponse<String> refused = join(lebedev, lebedev.get(link), LEBEDEV);
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.body()).contains("только с подтверждённой учётной записью");
        assertThat(staff.byLogin("esia:" + LEBEDEV)).isEmpty();

        // Someone else follows his link: refused naming whom it was for; her own roles are untouched.
        EsiaBrowser smirnova = new EsiaBrowser();
        HttpResponse<String> other = join(smirnova, smirnova.get(link), SMIRNOVA);
        assertThat(other.body()).contains("Приглашение выписано на имя «Лебедев Игорь»");
        assertThat(staff.byLogin("esia:" + SMIRNOVA).map(e -> e.memberships()).orElse(List.of()))
                .doesNotContain(new Membership(tosno, Role.SPECIALIST));
        assertThat(invitations.ofOrganisation(tosno, 5).get(0).open()).isTrue();

        // Sixty days on, the link has expired.
        clock.advance(Duration.ofDays(61));
        EsiaBrowser late = new EsiaBrowser();
        HttpResponse<String> expired = late.get(link);
        assertThat(expired.body()).contains("Срок приглашения истёк").doesNotContain("join-esia");
        assertThat(invitations.ofOrganisation(tosno, 5).get(0).state()).isEqualTo(Invitations.State.EXPIRED);
        clock.reset();

        // Revoked by the administrator: the link stops working at once.
        invitations.invite(tosno, new Invitations.InvitationForm("novikova2@tosno.example.ru", "Новикова", "Дарья", null,
                List.of(Role.SPECIALIST)), base(), admin(tosno));
        String second = link(text(mailTo("novikova2@tosno.example.ru")));
        EsiaBrowser novikova = new EsiaBrowser();
        HttpResponse<String> before = novikova.get(second);
        invitations.revoke(tosno, invitations.ofOrganisation(tosno, 5).get(0).id(), admin(tosno));
        HttpResponse<String> afterRevoke = novikova.submit(url(""), before.body(), "/join", "via=esia");
        assertThat(afterRevoke.headers().firstValue("Location").orElseThrow()).contains("/invitation/");
        assertThat(novikova.get(second).body()).contains("Приглашение отозвано");
        assertThat(new EsiaBrowser().get(url("/invitation/not-a-link")).statusCode()).isEqualTo(404);
    }

    @Test
    void aMailTheSmtpServerDidNotTakeIsShownAndSentAgainLater() throws Exception {
        int tosno = tosno();
        SMTP.stop();
        try {
            invitations.invite(tosno, new Invitations.InvitationForm("orlova@tosno.example.ru", "Орлова", "Вера", null,
                    List.of(Role.OBSERVER)), base(), admin(tosno));
            Invitations.Invitation waiting = await(() -> invitations.ofOrganisation(tosno, 1).get(0), i -> i.mailError() != null);
            assertThat(waiting.state()).isEqualTo(Invitations.State.MAILING);
            assertThat(waiting.open()).isTrue();
        } finally {
            SMTP.start();
        }
        // Not before its time: the next attempt waits 30 s of the platform's clock.
        Thread.sleep(1_000);
        assertThat(invitations.ofOrganisation(tosno, 1).get(0).state()).isEqualTo(Invitations.State.MAILING);
        clock.advance(Duration.ofSeconds(31));
        assertThat(link(text(mailTo("orlova@tosno.example.ru")))).startsWith(base() + "/invitation/");
        Invitations.Invitation sent = await(() -> invitations.ofOrganisation(tosno, 1).get(0),
                i -> i.state() == Invitations.State.SENT);
        assertThat(sent.mailError()).isNull();
    }

    @Test
    void badInputIsNamedAndOnlyAnAdministratorInvites() {
        int tosno = tosno();
        assertThatThrownBy(() -> invitations.invite(tosno, new Invitations.InvitationForm("not-an-address", "", "Дарья",
                null, List.of()), base(), admin(tosno)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("email", "lastName", "roles"));
        assertThatThrownBy(() -> invitations.invite(tosno, new Invitations.InvitationForm("a@b.ru", "Новикова", "Дарья",
                null, List.of(Role.PLATFORM_ADMIN)), base(), admin(tosno)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("roles"));
        Actor registrar = new Actor(0, "registrar-x", "Регистраторова", List.of(new Membership(tosno, Role.REGISTRAR)));
        assertThatThrownBy(() -> invitations.invite(tosno, new Invitations.InvitationForm("a@b.ru", "Новикова", "Дарья",
                null, List.of(Role.REGISTRAR)), base(), registrar))
                .isInstanceOf(ru.reglament.shared.ForbiddenException.class);
        assertThat(invitations.ofOrganisation(tosno, 50)).noneMatch(i -> i.email().equals("a@b.ru"));
    }

    /** From the invitation page through ЕСИА's login as the person, to the page the platform ends on. */
    private HttpResponse<String> join(EsiaBrowser browser, HttpResponse<String> page, String oid) throws Exception {
        HttpResponse<String> toEsia = browser.submit(url(""), page.body(), "/join", "via=esia");
        assertThat(toEsia.headers().firstValue("Location").orElseThrow()).endsWith("/login/esia");
        return browser.logInAs(url(""), browser.get(url("/login/esia")).body(), oid);
    }

    private static <T> T await(java.util.function.Supplier<T> read, java.util.function.Predicate<T> until) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        T value = read.get();
        while (!until.test(value) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            value = read.get();
        }
        assertThat(until.test(value)).as("in time: " + value).isTrue();
        return value;
    }

    private MimeMessage mailTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) return message;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address);
    }

    /** The mail's text as the person reads it (decoded from its transfer encoding). */
    private static String text(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    private static String link(String body) {
        Matcher link = Pattern.compile("(http://\\S+/invitation/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("the mail carries the link: " + body).isTrue();
        return link.group(1);
    }

    private int tosno() {
        return directory.organisationByOgrn(Fixtures.ORG_A).orElseThrow().id();
    }

    private static Actor admin(int organisation) {
        return new Actor(0, "org-admin-invitations", "Админова Ольга", List.of(new Membership(organisation, Role.ORG_ADMIN)));
    }

    private String base() {
        return url("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
