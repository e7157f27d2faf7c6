package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.reglament.shared.OgrnTest.rule;

import org.junit.jupiter.api.Test;

class BankAccountTest {

    private static final Bik SBERBANK = Bik.of("044525225");

    @Test
    void acceptsSberbankCorrespondentAccount() {
        assertThatCode(() -> BankAccount.checkCorrespondentAccount("30101810400000000225", SBERBANK))
                .doesNotThrowAnyException();
        assertThat(BankAccount.isValidCorrespondentAccount("30101810400000000225", SBERBANK)).isTrue();
    }

    @Test
    void acceptsSettlementAccountMatchingItsBik() {
        assertThatCode(() -> BankAccount.checkSettlementAccount(" 40702810938000012345 ", SBERBANK))
                .doesNotThrowAnyException();
        assertThat(BankAccount.isValidSettlementAccount("40817810300000123456", SBERBANK)).isTrue();
    }

    @Test
    void rejectsSettlementAccountWithWrongKey() {
        assertThatThrownBy(() -> BankAccount.checkSettlementAccount("40702810938000012346", SBERBANK))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("Расчётный счёт: контрольный ключ не совпадает");
        assertThat(rule(() -> BankAccount.checkSettlementAccount("40702810938000012346", SBERBANK)))
                .isEqualTo("settlement-account.checksum");
    }

    @Test
    void rejectsSettlementAccountGivenWithAnotherBanksBik() {
        assertThat(BankAccount.isValidSettlementAccount("40702810938000012345", Bik.of("044525226"))).isFalse();
    }

    @Test
    void rejectsCorrespondentAccountWithWrongKey() {
        assertThat(rule(() -> BankAccount.checkCorrespondentAccount("30101810500000000225", SBERBANK)))
                .isEqualTo("correspondent-account.checksum");
    }

    @Test
    void rejectsAccountsThatAreNotTwentyDigits() {
        assertThat(rule(() -> BankAccount.checkSettlementAccount("4070281093800001234", SBERBANK)))
                .isEqualTo("settlement-account.format");
        assertThat(rule(() -> BankAccount.checkCorrespondentAccount("3010181040000000022X", SBERBANK)))
                .isEqualTo("correspondent-account.format");
        assertThat(rule(() -> BankAccount.checkSettlementAccount(null, SBERBANK)))
                .isEqualTo("settlement-account.required");
    }
}
