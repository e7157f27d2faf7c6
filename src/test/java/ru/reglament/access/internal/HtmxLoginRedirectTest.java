package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmxLoginRedirectTest {

    @Test
    void keepsThePathAndQueryOfAPageOfThisSite() {
        assertThat(HtmxLoginRedirect.pathOf("http://localhost:8080/applications?scope=all&q=%D0%98"))
                .isEqualTo("/applications?scope=all&q=%D0%98");
    }

    @Test
    void neverCarriesAnotherHostOnlyAPathOfThisSite() {
        assertThat(HtmxLoginRedirect.pathOf(null)).isNull();
        assertThat(HtmxLoginRedirect.pathOf("not a url")).isNull();
        assertThat(HtmxLoginRedirect.pathOf("//evil.example/x")).isEqualTo("/x");
        assertThat(HtmxLoginRedirect.pathOf("https://evil.example")).isNull();
    }
}
