package ru.reglament.applications.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats a registration number: {@code {seq}}, {@code {seq:N}} (zero-padded), {@code {yyyy}}, {@code {yy}}, {@code {ogrn}}. */
public final class RegistrationNumberFormat {

    private static final Pattern TOKEN = Pattern.compile("\\{(seq(?::(\\d{1,2}))?|yyyy|yy|ogrn)}");

    private RegistrationNumberFormat() {
    }

    public static boolean isValid(String format) {
        return format != null && format.length() <= 64 && TOKEN.matcher(format).results()
                .anyMatch(m -> m.group(1).startsWith("seq"));
    }

    public static String format(String format, long sequence, LocalDate date, String ogrn) {
        if (!isValid(format)) throw new IllegalArgumentException("Registration number format needs {seq}: " + format);
        Matcher m = TOKEN.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value;
            if (token.startsWith("seq")) {
                value = m.group(2) == null ? Long.toString(sequence)
                        : zeroPadded(sequence, Integer.parseInt(m.group(2)));
            } else if (token.equals("yyyy")) {
                value = Integer.toString(date.getYear());
            } else if (token.equals("yy")) {
                value = zeroPadded(date.getYear() % 100, 2);
            } else {
                value = ogrn;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // Every registration formats a number: String.format would parse its pattern each time.
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
