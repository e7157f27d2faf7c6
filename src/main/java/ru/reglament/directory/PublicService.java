package ru.reglament.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A public service (услуга) with its code, legal maximum term in working days, optional fee, the
 * process it runs (and the version its new applications start with; null: the newest), the grounds its decisions may cite, per decision kind, and its form's fields in order.
 */
public record PublicService(
        int id,
        String code,
        String title,
        String shortTitle,
        int maxTermDays,
        BigDecimal fee,
        String processCode,
        Integer processVersion,
        Map<String, List<DecisionGround>> decisionGrounds,
        List<FormField> formFields) {

    public boolean isPaid() {
        return fee != null && fee.signum() > 0;
    }

    public List<DecisionGround> groundsFor(String decisionKind) {
        return decisionGrounds.getOrDefault(decisionKind, List.of());
    }
}
