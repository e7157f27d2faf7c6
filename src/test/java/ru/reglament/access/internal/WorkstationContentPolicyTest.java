package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WorkstationContentPolicyTest {

    @Test
    void thePluginScriptsOriginJoinsScriptSourcesWithoutItsPath() {
        assertThat(WorkstationContentPolicy.forPluginAt(
                "https://www.cryptopro.ru/sites/default/files/products/cades/cadesplugin_api.js"))
                .contains("script-src 'self' https://www.cryptopro.ru chrome-extension://")
                .doesNotContain("/sites/", "unsafe-inline", "unsafe-eval");
        assertThat(WorkstationContentPolicy.originOf("HTTPS://Plugins.Example.RU:8443/cades/api.js"))
                .isEqualTo("https://plugins.example.ru:8443");
        assertThat(WorkstationContentPolicy.originOf("//cdn.example.ru/api.js")).isEqualTo("cdn.example.ru");
    }

    @Test
    void aPluginServedByThisSiteAddsNoOrigin() {
        assertThat(WorkstationContentPolicy.originOf("/static/cadesplugin_api.js")).isNull();
        assertThat(WorkstationContentPolicy.forPluginAt("/static/cadesplugin_api.js"))
                .startsWith("default-src 'self'; script-src 'self' chrome-extension://");
    }

    @Test
    void aScriptFromAnythingButTheWebIsRefusedAtStartUp() {
        assertThatThrownBy(() -> WorkstationContentPolicy.originOf("data://x/y.js")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkstationContentPolicy.originOf("https://exa mple.ru/x.js"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlySwaggerUiMayStyleInlineAndItsScriptsStayStrict() {
        var writer = WorkstationContentPolicy.headerWriter("/static/cadesplugin_api.js");
        MockHttpServletResponse swagger = new MockHttpServletResponse();
        writer.writeHeaders(new MockHttpServletRequest("GET", "/swagger-ui/index.html"), swagger);
        assertThat(swagger.getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self' chrome-extension://").doesNotContain("unsafe-eval");
        MockHttpServletResponse card = new MockHttpServletResponse();
        writer.writeHeaders(new MockHttpServletRequest("GET", "/applications/1"), card);
        assertThat(card.getHeader("Content-Security-Policy")).contains("style-src 'self';").doesNotContain("unsafe-inline");
    }
}
