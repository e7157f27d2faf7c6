package ru.reglament.interagency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import ru.reglament.interagency.InformationKind;

/**
 * The catalogue of kinds of information is checked when the platform starts: every mistake is named
 * with the file, the kind or service, and the rule, and nothing starts with a catalogue it could
 * not send from.
 */
class KindCatalogTest {

    private final RequestTemplates templates = new RequestTemplates(new StaticApplicationContext());

    @Test
    void theShippedCatalogueLoadsAndRequestsByKindOfApplicant() {
        KindCatalog catalog = new KindCatalog("interagency/kinds.yaml", templates);
        assertThat(catalog.requestedBy("4700000010000000001", "PERSON")).extracting(r -> r.kind().code())
                .containsExactly("EGRN_EXTRACT");
        assertThat(catalog.requestedBy("4700000010000000001", "LEGAL")).extracting(r -> r.kind().code())
                .containsExactly("EGRN_EXTRACT", "FNS_EGRUL");
        InformationKind egrn = catalog.kind("EGRN_EXTRACT").kind();
        assertThat(egrn.provider()).isEqualTo("Росреестр");
        assertThat(egrn.rootElement()).isEqualTo("ExtractRequest");
        assertThat(catalog.requestedBy("9999999999", "PERSON")).isEmpty();
    }

    @Test
    void everyMistakeIsNamedWithTheFileTheKindAndTheRule() {
        assertThatThrownBy(() -> new KindCatalog("interagency-test/broken-kinds.yaml", templates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("interagency-test/broken-kinds.yaml")
                .hasMessageContaining("kinds.NO_PROVIDER.provider: required")
                .hasMessageContaining("kinds.WRONG_ROOT.timeoutDays: a whole number of working days, at least 1")
                .hasMessageContaining("kinds.WRONG_ROOT.template: renders {urn://x-artefacts-fns-vipul-tosmv-ru/311-14/4.0.6}"
                        + "FNSVipULRequest, not the message type {urn://x-artefacts-fns-vipul-tosmv-ru/311-14/4.0.6}FNSVipIPRequest")
                .hasMessageContaining("kinds.WRONG_ROOT.simulator.scenario: one of answer, reject, silent")
                .hasMessageContaining("services.4700000010000000001: kind GOOD listed twice")
                .hasMessageContaining("services.4700000010000000001: unknown kind MISSING")
                .hasMessageContaining("services.4700000010000000001.GOOD.applicants: CITIZEN is not one of");
    }
}
