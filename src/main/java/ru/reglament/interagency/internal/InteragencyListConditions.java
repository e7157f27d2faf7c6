package ru.reglament.interagency.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.reglament.applications.ListCondition;

/**
 * The list's «ожидает ответа СМЭВ» and «просрочен ответ СМЭВ»: applications with a request still on its
 * way, and with one whose answer is overdue (timed out, or past its due date and not yet timed out).
 * Each reads its own partial index (V16).
 */
@Configuration(proxyBeanMethods = false)
class InteragencyListConditions {

    @Bean
    ListCondition smevWaiting() {
        return condition("smev-waiting", "Ожидает ответа СМЭВ", """
                a.id in (select application_id from interagency_request where state in ('QUEUED', 'SENT', 'ACCEPTED'))""");
    }

    @Bean
    ListCondition smevOverdue() {
        return condition("smev-overdue", "Просрочен ответ СМЭВ", """
                a.id in (select application_id from interagency_request where state = 'TIMED_OUT'
                         union all
                         select application_id from interagency_request
                         where state in ('QUEUED', 'SENT', 'ACCEPTED') and due_at < now())""");
    }

    private static ListCondition condition(String code, String label, String sql) {
        return new Condition(code, label, sql);
    }

    private record Condition(String code, String label, String sql) implements ListCondition {
    }
}
