package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loop accepts and refuses exactly what Spring's default regular expressions do. */
class FirewallRuleTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static final List<String> SAMPLES = List.of("", "Accept", "text/html, application/json;q=0.9",
            "Basic cmVnaXN0cmFyOnBhc3N3b3Jk", "Иванов Иван", "a\tb", "a\u0000b", "evil\r\nSet-Cookie: x=1", "del\u007f",
            "c1\u0085control", "\u0378unassigned", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "nbsp\u00a0 and \u2028");

    @Test
    void namesAsSpringsDefault() {
        for (String sample : SAMPLES) {
            assertThat(SecurityConfiguration.assignedAndNotControl(sample, false)).as(sample)
                    .isEqualTo(NAMES.matcher(sample).matches());
        }
    }

    @Test
    void valuesAsSpringsDefault() {
        for (String sample : SAMPLES) {
            assertThat(SecurityConfiguration.assignedAndNotControl(sample, true)).as(sample)
                    .isEqualTo(VALUES.matcher(sample).matches());
        }
        assertThat(SecurityConfiguration.assignedAndNotControl("a\r\nb", true)).isFalse();
    }
}
