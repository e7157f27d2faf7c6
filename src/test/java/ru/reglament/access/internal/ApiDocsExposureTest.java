package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiDocsExposureTest {

    @Test
    void oneSwitchTurnsTheApiDescriptionAndTheInfoEndpointOnOrOff() {
        assertThat(ApiDocsExposure.derivedSettings(false)).containsEntry("springdoc.api-docs.enabled", false)
                .containsEntry("springdoc.swagger-ui.enabled", false).containsEntry("management.endpoint.info.access", "none");
        assertThat(ApiDocsExposure.derivedSettings(true)).containsEntry("springdoc.api-docs.enabled", true)
                .containsEntry("springdoc.swagger-ui.enabled", true).containsEntry("management.endpoint.info.access", "read-only");
    }
}
