package ru.reglament.decisions;

/**
 * The three decisions the seeds let staff draft: the «Предоставить» button (grant), the «Отказать»
 * button during review (refusal) and the «Отказать» button during registration (acceptance refusal).
 */
public enum DecisionKind {

    GRANT("grant", "Решение о предоставлении услуги"),
    REFUSAL("refusal", "Решение об отказе в предоставлении услуги"),
    ACCEPTANCE_REFUSAL("acceptance-refusal", "Решение об отказе в приеме документов");

    private final String code;
    private final String title;

    DecisionKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** Russian title printed as the document's heading and used as its PDF title. */
    public String title() {
        return title;
    }

    /** Kebab-case form for file and template names, stable even if the constant is renamed. */
    public String code() {
        return code;
    }

    /** A refusal must state its grounds; a grant need not. */
    public boolean isRefusal() {
        return this != GRANT;
    }
}
