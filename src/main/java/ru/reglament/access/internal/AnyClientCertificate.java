package ru.reglament.access.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Tomcat's trust manager for client certificates when certificate logins are on: it takes any
 * certificate whose key the client proved it holds (the TLS handshake checks that itself), so that one
 * the platform refuses (expired, revoked, of another CA) reaches the login, which says on a page what is
 * wrong with it, instead of the browser's bare TLS error. {@link ClientCertificates} checks it there;
 * nothing else reads a client certificate. Tomcat makes it by its class name
 * ({@code SSLHostConfig.trustManagerClassName}), hence public with no arguments.
 *
 * <p>It names no acceptable CAs: the browser offers every certificate the person has.
 */
public final class AnyClientCertificate extends X509ExtendedTrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // checked at login
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // checked at login
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // checked at login
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Client certificates only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("Client certificates only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("Client certificates only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
