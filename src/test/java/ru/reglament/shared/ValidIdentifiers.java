package ru.reglament.shared;

/**
 * Valid identifiers for tests, one per seed: different seeds give different identifiers within the
 * ranges stated on each method. Check digits are computed here independently of the main code, so
 * that tests using them also cross-check it.
 */
public final class ValidIdentifiers {

    private ValidIdentifiers() {
    }

    /** A 13-digit ОГРН of a legal entity ("1…"); distinct for seeds 0 to 10¹¹ − 1. */
    public static String ogrn(long seed) {
        String body = "1" + String.format("%011d", Math.floorMod(seed, 100_000_000_000L));
        return body + Long.parseLong(body) % 11 % 10;
    }

    /** A 15-digit ОГРНИП of an individual entrepreneur ("3…"); distinct for seeds 0 to 10¹³ − 1. */
    public static String ogrnip(long seed) {
        String body = "3" + String.format("%013d", Math.floorMod(seed, 10_000_000_000_000L));
        return body + Long.parseLong(body) % 13 % 10;
    }

    /**
     * An 11-digit СНИЛС, unformatted; distinct for seeds 0 to 899 999 999. Always above
     * 001-001-998, so its check number is really computed.
     */
    public static String snils(int seed) {
        String body = String.format("%09d", 100_000_000 + Math.floorMod(seed, 900_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 % 100;
        return body + String.format("%02d", check);
    }

    /** A 10-digit ИНН of a legal entity; distinct for seeds 0 to 10⁸ − 1. */
    public static String inn10(int seed) {
        String body = "7" + String.format("%08d", Math.floorMod(seed, 100_000_000));
        return body + checkDigit(body, 2, 4, 10, 3, 5, 9, 4, 6, 8);
    }

    /** A 12-digit ИНН of a person; distinct for seeds 0 to 10⁹ − 1. */
    public static String inn12(int seed) {
        String body = "7" + String.format("%09d", Math.floorMod(seed, 1_000_000_000));
        body += checkDigit(body, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);
        return body + checkDigit(body, 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);
    }

    private static int checkDigit(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }
}
