package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.reglament.shared.OgrnTest.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnilsTest {

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "11223344595", "112-233-445-95", "112 233 445 95", " 112-233-445 95 "})
    void acceptsTheUsualWrittenFormsAndStoresElevenDigits(String raw) {
        Snils snils = Snils.of(raw);
        assertThat(snils.value()).isEqualTo("11223344595");
        assertThat(snils.formatted()).isEqualTo("112-233-445 95");
        assertThat(Snils.isValid(raw)).isTrue();
    }

    @Test
    void rejectsWrongCheckNumber() {
        assertThatThrownBy(() -> Snils.of("112-233-445 96"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("СНИЛС: контрольное число не совпадает");
        assertThat(rule(() -> Snils.of("112-233-445 96"))).isEqualTo("snils.checksum");
    }

    @Test
    void sumOfHundredOrHundredAndOneGivesZeroZero() {
        assertThat(Snils.isValid("103-082-418 00")).as("S = 100").isTrue();
        assertThat(Snils.isValid("210-350-654 00")).as("S = 101").isTrue();
        assertThat(Snils.isValid("103-082-418 01")).isFalse();
    }

    @Test
    void largerSumsAreTakenModulo101() {
        assertThat(Snils.isValid("301-724-977 49")).as("S = 150").isTrue();
        assertThat(Snils.isValid("670-930-264 00")).as("S = 201, mod 101 = 100").isTrue();
    }

    @Test
    void earlyNumbersIssuedBeforeTheCheckNumberAreAccepted() {
        assertThat(Snils.isValid("001-001-998 17")).isTrue();
        assertThat(Snils.isValid("000-123-456 99")).isTrue();
        assertThat(Snils.isValid("001-001-999 17")).as("first checked number").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445", "1122334459", "112233445950", "112-233-445 9S", "112_233_445_95", "112--233-445 95"})
    void rejectsAnythingButElevenDigits(String raw) {
        assertThat(rule(() -> Snils.of(raw))).isEqualTo("snils.format");
    }

    @Test
    void rejectsMissingValue() {
        assertThat(rule(() -> Snils.of(null))).isEqualTo("snils.required");
        assertThat(rule(() -> Snils.of(" "))).isEqualTo("snils.required");
    }

    @Test
    void constructorTakesOnlyTheCanonicalDigits() {
        assertThat(new Snils("11223344595").value()).isEqualTo("11223344595");
        assertThat(rule(() -> new Snils("112-233-445 95"))).isEqualTo("snils.format");
    }

    @Test
    void doesNotLeakTheNumberIntoLogs() {
        assertThat(Snils.of("112-233-445 95")).hasToString("Snils[***-***-*** 95]");
    }

    @Test
    void generatedSnilsAreValid() {
        for (int seed = 0; seed < 2_000; seed++) {
            assertThat(Snils.isValid(ValidIdentifiers.snils(seed * 449_981))).isTrue();
        }
    }
}
