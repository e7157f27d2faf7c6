package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnTest {

    @Test
    void acceptsSberbankOgrn() {
        assertThat(Ogrn.of("1027700132195").value()).isEqualTo("1027700132195");
        assertThat(Ogrn.isValid("1027700132195")).isTrue();
    }

    @Test
    void ignoresSurroundingWhitespaceOfTypedInput() {
        assertThat(Ogrn.of("  1027700132195\t").value()).isEqualTo("1027700132195");
        assertThat(Ogrn.isValid(" 1027700132195 ")).isTrue();
    }

    @Test
    void remainderTenGivesCheckDigitZero() {
        assertThat(Ogrn.isValid("1027754330120")).isTrue();
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThatThrownBy(() -> Ogrn.of("1027700132194"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ОГРН: контрольное число не совпадает")
                .extracting(e -> ((InvalidIdentifierException) e).rule()).isEqualTo("ogrn.checksum");
        assertThat(Ogrn.isValid("1027700132194")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"102770013219", "10277001321950", "102770013219O", "1027700 132195", "１０２７７００１３２１９５"})
    void rejectsAnythingButThirteenDigits(String raw) {
        assertThat(rule(() -> Ogrn.of(raw))).isEqualTo("ogrn.format");
    }

    @Test
    void rejectsMissingValue() {
        assertThat(rule(() -> Ogrn.of(null))).isEqualTo("ogrn.required");
        assertThat(rule(() -> Ogrn.of("   "))).isEqualTo("ogrn.required");
        assertThat(Ogrn.isValid(null)).isFalse();
    }

    @Test
    void constructorCannotBeUsedToBypassTheCheck() {
        assertThat(rule(() -> new Ogrn("1027700132194"))).isEqualTo("ogrn.checksum");
        assertThat(rule(() -> new Ogrn(" 1027700132195"))).isEqualTo("ogrn.format");
    }

    @Test
    void acceptsIndividualEntrepreneurOgrnip() {
        assertThat(Ogrnip.of("304500116000157").value()).isEqualTo("304500116000157");
        assertThat(rule(() -> Ogrnip.of("304500116000158"))).isEqualTo("ogrnip.checksum");
        assertThat(rule(() -> Ogrnip.of("1027700132195"))).isEqualTo("ogrnip.format");
        assertThat(rule(() -> Ogrnip.of(""))).isEqualTo("ogrnip.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"304500922851420", "304505916824831", "304504500471202"})
    void ogrnipRemaindersAboveNineKeepTheirLastDigit(String ogrnip) {
        assertThat(Ogrnip.isValid(ogrnip)).isTrue();
    }

    @Test
    void applicantMayGiveEitherOgrnOrOgrnip() {
        assertThat(Ogrn.isValidOgrnOrOgrnip("1027700132195")).isTrue();
        assertThat(Ogrn.isValidOgrnOrOgrnip(" 304500116000157 ")).isTrue();
        assertThat(Ogrn.isValidOgrnOrOgrnip("304500116000158")).isFalse();
        assertThat(Ogrn.isValidOgrnOrOgrnip(null)).isFalse();
    }

    static String rule(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidIdentifierException e) {
            return e.rule();
        }
        throw new AssertionError("expected InvalidIdentifierException");
    }
}
