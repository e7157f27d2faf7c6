package ru.reglament.shared;

/** Small helpers shared by the identifier checks; ASCII digits only, as the registers issue them. */
final class Digits {

    private Digits() {
    }

    /** Input at the edge often carries stray spaces from copy and paste; nothing else is forgiven. */
    static String trim(String raw) {
        return raw == null ? null : raw.strip();
    }

    static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    /** {@link Character#isDigit} would also accept Arabic-Indic and other digits; the registers do not. */
    static boolean isDigits(String value, int length) {
        return value.length() == length && isDigits(value);
    }

    static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean allZeros(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    static int at(String value, int index) {
        return value.charAt(index) - '0';
    }

    /** Σ digit(i) × weights[i] for the first {@code weights.length} digits. */
    static int weightedSum(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += at(value, i) * weights[i];
        }
        return sum;
    }
}
