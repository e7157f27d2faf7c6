package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.reglament.shared.OgrnTest.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

    @Test
    void acceptsSberbankInnAsLegalEntity() {
        Inn inn = Inn.of("7707083893");
        assertThat(inn.value()).isEqualTo("7707083893");
        assertThat(inn.isLegalEntity()).isTrue();
    }

    @Test
    void acceptsPersonsTwelveDigitInn() {
        Inn inn = Inn.of(" 500100732259 ");
        assertThat(inn.value()).isEqualTo("500100732259");
        assertThat(inn.isLegalEntity()).isFalse();
    }

    @Test
    void rejectsWrongTenthDigitOfLegalEntity() {
        assertThatThrownBy(() -> Inn.of("7707083894"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("ИНН: контрольное число не совпадает");
        assertThat(rule(() -> Inn.of("7707083894"))).isEqualTo("inn.checksum");
    }

    @Test
    void rejectsEitherWrongCheckDigitOfPerson() {
        assertThat(Inn.isValid("500100732269")).as("11th digit wrong").isFalse();
        assertThat(Inn.isValid("500100732258")).as("12th digit wrong").isFalse();
        assertThat(rule(() -> Inn.of("500100732258"))).isEqualTo("inn.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"770708389", "77070838931", "5001007322590", "77070838O3", "7707-083893"})
    void rejectsLengthsOtherThanTenOrTwelveDigits(String raw) {
        assertThat(rule(() -> Inn.of(raw))).isEqualTo("inn.format");
    }

    @Test
    void rejectsMissingValue() {
        assertThat(rule(() -> Inn.of(null))).isEqualTo("inn.required");
        assertThat(Inn.isValid("")).isFalse();
    }

    @Test
    void generatedInnsAreValid() {
        for (int seed = 0; seed < 2_000; seed++) {
            assertThat(Inn.of(ValidIdentifiers.inn10(seed)).isLegalEntity()).isTrue();
            assertThat(Inn.of(ValidIdentifiers.inn12(seed)).isLegalEntity()).isFalse();
        }
    }
}
