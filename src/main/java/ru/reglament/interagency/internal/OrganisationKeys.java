package ru.reglament.interagency.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ru.reglament.directory.Directory;
import ru.reglament.directory.Organisation;
import ru.reglament.interagency.internal.xmldsig.SmevSigner;
import ru.reglament.signatures.SigningKey;
import ru.reglament.signatures.TestCertificateAuthority;
import ru.reglament.signatures.TestSigner;

/**
 * The keys that sign SMEV messages: each organisation's ЭП-ОВ (its requests), and the platform's
 * (polling and acknowledgements). Configured as PKCS#12 or PEM files; in the demo contour the test CA
 * issues one per organisation on first use, kept for the life of the process.
 */
@Component
class OrganisationKeys {

    static final String PLATFORM = "platform";

    private final InteragencyProperties properties;
    private final Directory directory;
    private final TestCertificateAuthority testAuthority;
    private final Map<String, SmevSigner> signers = new ConcurrentHashMap<>();

    OrganisationKeys(InteragencyProperties properties, Directory directory, TestCertificateAuthority testAuthority) {
        this.properties = properties;
        this.directory = directory;
        this.testAuthority = testAuthority;
    }

    /** The signer of the organisation's requests, made once. */
    SmevSigner organisation(int organisationId) {
        Organisation organisation = directory.organisation(organisationId).orElseThrow();
        return signers.computeIfAbsent(organisation.ogrn(), ogrn -> load(ogrn, organisation.displayName()));
    }

    /** The signer of the platform's polls and acknowledgements, and of the simulator's answers. */
    SmevSigner platform() {
        return signers.computeIfAbsent(PLATFORM, name -> load(name, "Reglament — региональная платформа"));
    }

    private SmevSigner load(String name, String title) {
        InteragencyProperties.Key configured = properties.keys().get(name);
        if (configured != null) return read(name, configured);
        if (!properties.demoKeys()) {
            throw new IllegalStateException("No SMEV signing key for " + name + ": set reglament.interagency.keys."
                    + name + ".pkcs12 (and .password) or .key and .certificate (PEM)");
        }
        // RFC 5280 allows 64 characters in a certificate's organisation and common names.
        String shortened = title.length() > 64 ? title.substring(0, 64) : title;
        TestSigner issued = testAuthority.issueOrganisation(shortened, PLATFORM.equals(name) ? "0000000000000" : name,
                Duration.ofDays(365));
        return new SmevSigner(issued.privateKey(), issued.certificate());
    }

    private static SmevSigner read(String name, InteragencyProperties.Key key) {
        SigningKey read = SigningKey.read(key.pkcs12(), key.password(), key.alias(), key.key(), key.certificate(),
                "the SMEV signing key reglament.interagency.keys." + name);
        return new SmevSigner(read.privateKey(), read.certificate());
    }
}
