package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.reglament.shared.OgrnTest.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UinTest {

    @Test
    void acceptsTwentyDigitUinWithCheckDigit() {
        Uin uin = Uin.of("18810177200000000017");
        assertThat(uin.value()).isEqualTo("18810177200000000017");
        assertThat(uin.hasCheckDigit()).isTrue();
    }

    @Test
    void remainderTenIsRetriedWithShiftedWeights() {
        assertThat(Uin.isValid("04117702787143267484")).isTrue();
    }

    @Test
    void remainderTenTwiceGivesZero() {
        assertThat(Uin.isValid("21752161197817989720")).isTrue();
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThatThrownBy(() -> Uin.of("18810177200000000018"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("УИН: контрольный разряд не совпадает");
        assertThat(rule(() -> Uin.of("18810177200000000018"))).isEqualTo("uin.checksum");
    }

    @Test
    void acceptsTwentyFiveDigitFormByFormatOnly() {
        Uin uin = Uin.of("0355431010123456789012345");
        assertThat(uin.hasCheckDigit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1881017720000000001", "188101772000000000170", "1881017720000000001A", "035543101012345678901234"})
    void rejectsOtherLengthsAndLetters(String raw) {
        assertThat(rule(() -> Uin.of(raw))).isEqualTo("uin.format");
    }

    @Test
    void rejectsMissingValue() {
        assertThat(rule(() -> Uin.of(null))).isEqualTo("uin.required");
    }

    @Test
    void chargeAdministratorCompletesNineteenDigitsWithTheCheckDigit() {
        assertThat(Uin.withCheckDigit("1881017720000000001").value()).isEqualTo("18810177200000000017");
        assertThat(Uin.withCheckDigit("0411770278714326748").value()).isEqualTo("04117702787143267484");
        assertThat(Uin.withCheckDigit("2175216119781798972").value()).isEqualTo("21752161197817989720");
        assertThatThrownBy(() -> Uin.withCheckDigit("188101772000000000")).isInstanceOf(IllegalArgumentException.class);
    }
}
