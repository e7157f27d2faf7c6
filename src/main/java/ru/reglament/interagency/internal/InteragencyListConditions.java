package ru.reglament.interagency.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.reglament.applications.ListCondition;

/**
 * The list's «ожидает ответа СМЭВ» and «просрочен ответ СМЭВ»: applications with a request still on its
 * way, and with one whose answer is overdue (timed out, or past its due date and not yet timed out).
 * Only unsettled requests count (neither superseded by a later request of their kind nor of a closed
 * application), each read from a partial index of the module's (V17).
 */
@Configuration(proxyBeanMethods = false)
class InteragencyListConditions {

    @Bean
    ListCondition smevWaiting() {
        return condition("smev-waiting", "Ожидает ответа СМЭВ", "Awaiting SMEV answers", """
                select application_id from interagency_request
                where state in ('QUEUED', 'SENT', 'ACCEPTED') and settled_at is null""");
    }

    @Bean
    ListCondition smevOverdue() {
        return condition("smev-overdue", "Просрочен ответ СМЭВ", "SMEV answer overdue", """
                select application_id from interagency_request
                where state in ('QUEUED', 'SENT', 'ACCEPTED', 'TIMED_OUT') and settled_at is null
                  and (state = 'TIMED_OUT' or due_at < now())""");
    }

    private static ListCondition condition(String code, String label, String english, String sql) {
        return new Condition(code, label, english, sql);
    }

    private record Condition(String code, String russian, String english, String applicationIds) implements ListCondition {
        @Override
        public String label(boolean inEnglish) {
            return inEnglish ? english : russian;
        }
    }
}
