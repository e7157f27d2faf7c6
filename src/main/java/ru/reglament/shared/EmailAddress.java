package ru.reglament.shared;

import java.util.regex.Pattern;

/**
 * An e-mail address as people type it into a form: something, one {@code @}, a domain with a dot, no
 * spaces. Not RFC 5322 in full: what a mail can be sent to, checked the same wherever one is typed.
 */
public final class EmailAddress {

    /** The rule a refused address breaks, for problem+json and field errors. */
    public static final String RULE = "email.format";

    /** What to tell the person. */
    public static final String MESSAGE = "Адрес электронной почты вида name@example.ru";

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }
}
