package ru.reglament.access.internal;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reglament.access.certificates.*}: logging in with a client certificate, presented over mutual
 * TLS ({@code server.ssl.client-auth: want}) or passed on by a TLS proxy in a header. The employee is the
 * one whose СНИЛС the certificate's subject carries.
 *
 * @param enabled the login page offers «Войти по сертификату»
 * @param issuers the certificates of the CAs whose client certificates count (PEM or DER files, or folders
 *     of them), read at start-up. Separate from the signature trust list: a CA trusted to certify
 *     signatures is not thereby trusted to say who may log in
 * @param crls revocation lists (PEM or DER files, or folders of them), read again when a file changes.
 *     None: revocation is not checked. Some: every certificate needs a current list of its CA, or it is
 *     refused as of unknown status. Lists at the certificates' distribution points are not fetched
 * @param header the request header a TLS proxy passes the client certificate in (PEM, URL-escaped as
 *     nginx's {@code $ssl_client_escaped_cert}, or bare base64 DER); empty: no header counts
 * @param trustedProxies the proxies whose header counts (IPs and CIDR ranges), matched against the
 *     connection's own peer, not the forwarded client address
 */
@ConfigurationProperties("reglament.access.certificates")
record CertificateProperties(boolean enabled, List<Path> issuers, List<Path> crls, String header,
        List<String> trustedProxies) {

    CertificateProperties {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        crls = crls == null ? List.of() : List.copyOf(crls);
        if (header != null && header.isBlank()) header = null;
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
        if (enabled && issuers.isEmpty()) {
            throw new IllegalArgumentException("reglament.access.certificates.issuers: name the CAs whose client "
                    + "certificates count (PEM or DER files, or folders)");
        }
        if (enabled && header != null && trustedProxies.isEmpty()) {
            // Certificates are public: a header anyone may send would let anyone log in as anyone.
            throw new IllegalArgumentException("reglament.access.certificates.header needs trusted-proxies: the "
                    + "addresses of the proxies that set it");
        }
    }
}
