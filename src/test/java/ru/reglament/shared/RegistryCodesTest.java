package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.reglament.shared.OgrnTest.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifiers with a format but no check digit: КПП, БИК, ОКТМО, КБК. */
class RegistryCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"773601001", "7736AB001", " 500101001 "})
    void acceptsKppWithDigitsOrCapitalLatinLettersAsReason(String raw) {
        assertThat(Kpp.isValid(raw)).isTrue();
        assertThat(Kpp.of(raw).value()).isEqualTo(raw.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"77360100", "7736010010", "7736ab001", "7736АБ001", "77A601001", "773601A01"})
    void rejectsMalformedKpp(String raw) {
        assertThatThrownBy(() -> Kpp.of(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("КПП: должен состоять из 9 символов");
        assertThat(rule(() -> Kpp.of(raw))).isEqualTo("kpp.format");
    }

    @Test
    void acceptsNineDigitBik() {
        assertThat(Bik.of("044525225").value()).isEqualTo("044525225");
        assertThat(rule(() -> Bik.of("04452522"))).isEqualTo("bik.format");
        assertThat(rule(() -> Bik.of("04452522X"))).isEqualTo("bik.format");
        assertThat(rule(() -> Bik.of(null))).isEqualTo("bik.required");
    }

    @Test
    void acceptsEightOrElevenDigitOktmo() {
        assertThat(Oktmo.isValid("45000000")).isTrue();
        assertThat(Oktmo.isValid("45382000001")).isTrue();
        assertThat(rule(() -> Oktmo.of("4538200000"))).isEqualTo("oktmo.format");
        assertThat(rule(() -> Oktmo.of("4500000A"))).isEqualTo("oktmo.format");
    }

    @Test
    void rejectsOktmoPlaceholderOfZeros() {
        assertThatThrownBy(() -> Oktmo.of("00000000"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ОКТМО: не может состоять из одних нулей");
        assertThat(rule(() -> Oktmo.of("00000000000"))).isEqualTo("oktmo.zeros");
    }

    @Test
    void acceptsTwentyCharacterKbk() {
        assertThat(Kbk.of("18210807010018000110").value()).isEqualTo("18210807010018000110");
        assertThat(Kbk.isValid("0701101P150500244000")).as("national project target item").isTrue();
        assertThat(Kbk.isValid("0701101А150500244000")).as("Cyrillic letter").isTrue();
    }

    @Test
    void rejectsMalformedKbkAndItsPlaceholderOfZeros() {
        assertThat(rule(() -> Kbk.of("1821080701001800011"))).isEqualTo("kbk.format");
        assertThat(rule(() -> Kbk.of("1821080701001800011 0"))).isEqualTo("kbk.format");
        assertThat(rule(() -> Kbk.of("00000000000000000000"))).isEqualTo("kbk.zeros");
        assertThat(rule(() -> Kbk.of(""))).isEqualTo("kbk.required");
    }
}
