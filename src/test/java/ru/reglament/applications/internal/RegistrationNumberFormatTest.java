package ru.reglament.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationNumberFormatTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void padsTheSequenceAndTwoDigitYearButNeverCutsThem() {
        assertThat(RegistrationNumberFormat.format("ТОС-{yyyy}-{seq:6}", 42, DAY, "1024701234567")).isEqualTo("ТОС-2026-000042");
        assertThat(RegistrationNumberFormat.format("{seq:2}/{yy}", 12345, LocalDate.of(2007, 1, 1), "1"))
                .isEqualTo("12345/07");
        assertThat(RegistrationNumberFormat.format("{ogrn}-{seq}", 7, DAY, "1024701234567")).isEqualTo("1024701234567-7");
    }

    @Test
    void aFormatWithoutTheSequenceIsRefused() {
        assertThat(RegistrationNumberFormat.isValid("ТОС-{yyyy}")).isFalse();
        assertThatThrownBy(() -> RegistrationNumberFormat.format("ТОС-{yyyy}", 1, DAY, "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
