package ru.reglament.interagency;

/** Where an interagency request stands, as the card shows it. */
public enum RequestState {
    /** Written with the action that asked for it; a sender will deliver it. */
    QUEUED("в очереди"),
    /** SMEV took it ({@code SendRequest} answered). */
    SENT("отправлен"),
    /** SMEV reports the provider received it ({@code RequestStatus}). */
    ACCEPTED("принят СМЭВ"),
    ANSWERED("ответ получен"),
    /** The provider refused to answer ({@code RequestRejected}). */
    REJECTED("отказ в предоставлении сведений"),
    /** SMEV refused the message (a fault that a retry cannot cure). */
    ERROR("ошибка"),
    /** No answer within the kind's working days. */
    TIMED_OUT("истёк срок ответа");

    private final String title;

    RequestState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Nothing more will happen to the request but a late answer. */
    public boolean isFinished() {
        return this == ANSWERED || this == REJECTED || this == ERROR || this == TIMED_OUT;
    }
}
