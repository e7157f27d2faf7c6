package ru.reglament.signatures.internal;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider of the JVM. GOST R 34.10/34.11 exist only there, so every key,
 * certificate and signature operation of this module names it explicitly instead of relying on
 * the JDK's provider order.
 */
public final class BouncyCastle {

    private BouncyCastle() {
    }

    /** The registered provider, registering it on first use (other modules may have done so already). */
    public static synchronized Provider provider() {
        Provider provider = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (provider == null) {
            provider = new BouncyCastleProvider();
            Security.addProvider(provider);
        }
        return provider;
    }
}
