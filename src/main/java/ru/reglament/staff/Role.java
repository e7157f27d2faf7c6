package ru.reglament.staff;

/**
 * Platform roles (DOMAIN.md "Roles"). A user holds roles per organisation. {@link #PORTAL} and
 * {@link #SYSTEM} are technical: the portal's client and the platform's own background actions.
 */
public enum Role {
    REGISTRAR("Регистратор"),
    ASSIGNING_REGISTRAR("Назначающий регистратор"),
    SPECIALIST("Специалист"),
    ASSIGNING_SPECIALIST("Назначающий специалист"),
    OFFICIAL("Должностное лицо с подписью"),
    OBSERVER("Наблюдатель"),
    STATS_OBSERVER("Наблюдатель статистики организации"),
    COUNTER_CLERK("Очный прием"),
    QUEUE_OPERATOR("Оператор электронной очереди"),
    QUEUE_ADMIN("Администратор электронной очереди"),
    ORG_ADMIN("Администратор организации"),
    PLATFORM_ADMIN("Администратор платформы"),
    PORTAL("ЕПГУ (технический клиент)"),
    SYSTEM("Система");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
