package ru.reglament.portal;

/** Where a status update to the portal stands. */
public enum DeliveryState {
    QUEUED("В очереди на отправку"),
    SENT("Передано в СМЭВ, ждёт ответа ЕПГУ"),
    DELIVERED("Доставлено в личный кабинет"),
    REJECTED("Отклонено ЕПГУ"),
    ERROR("Не отправлено: ошибка");

    private final String title;

    DeliveryState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
