package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputPolicyTest {

    @Test
    void lettersOfEveryPlaneAndPunctuationPass() {
        Violations v = new Violations();
        assertThat(InputPolicy.text("name", "Пётр-Иоанн О'Нил 𝔸 😀 «ёлка» №5", 100, false, v)).isTrue();
        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    void lineBreaksAndTabsBelongOnlyToMultilineFields() {
        Violations single = new Violations();
        assertThat(InputPolicy.text("lastName", "Иванов\nПетров", 100, false, single)).isFalse();
        assertThat(single.list()).extracting(FieldViolation::rule).containsExactly("text.control-character");
        Violations multi = new Violations();
        assertThat(InputPolicy.text("comment", "Строка 1\r\nСтрока 2\tи табуляция", 100, true, multi)).isTrue();
        assertThat(InputPolicy.text("comment", "вертикальная\u000Bтабуляция", 100, true, multi)).isFalse();
        assertThat(multi.list()).extracting(FieldViolation::message).containsExactly("Текст содержит недопустимый управляющий символ U+000B");
    }

    @Test
    void theLimitCountsCharactersAndNamesItself() {
        Violations v = new Violations();
        assertThat(InputPolicy.text("portalNumber", "1".repeat(20), 20, false, v)).isTrue();
        assertThat(InputPolicy.text("portalNumber", "1".repeat(21), 20, false, v)).isFalse();
        assertThat(v.list()).containsExactly(new FieldViolation("portalNumber", "text.too-long", "Не длиннее 20 символов (передано 21)"));
    }
}
