package ru.reglament.interagency.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.reglament.applications.ListCondition;

/**
 * The list's «ожидает ответа СМЭВ» and «просрочен ответ СМЭВ»: applications with a request still on its
 * way, and with one whose answer is overdue (timed out, or past its due date and not yet timed out).
 * Each reads partial indexes of the module's (V16).
 */
@Configuration(proxyBeanMethods = false)
class InteragencyListConditions {

    @Bean
    ListCondition smevWaiting() {
        return condition("smev-waiting", "Ожидает ответа СМЭВ", "Awaiting SMEV answers", """
                a.id in (select application_id from interagency_request where state in ('QUEUED', 'SENT', 'ACCEPTED'))""");
    }

    @Bean
    ListCondition smevOverdue() {
        return condition("smev-overdue", "Просрочен ответ СМЭВ", "SMEV answer overdue", """
                a.id in (select application_id from interagency_request where state = 'TIMED_OUT'
                         union all
                         select application_id from interagency_request
                         where (state in ('SENT', 'ACCEPTED') and due_at < now()) or (state = 'QUEUED' and due_at < now()))""");
    }

    private static ListCondition condition(String code, String label, String english, String sql) {
        return new Condition(code, label, english, sql);
    }

    private record Condition(String code, String russian, String english, String sql) implements ListCondition {
        @Override
        public String label(boolean inEnglish) {
            return inEnglish ? english : russian;
        }
    }
}
