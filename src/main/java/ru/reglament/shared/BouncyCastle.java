package ru.reglament.shared;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider of the JVM. GOST R 34.10/34.11 exist only there, so every key,
 * certificate and signature operation (decisions' signatures, SMEV messages) names it explicitly
 * instead of relying on the JDK's provider order.
 */
public final class BouncyCastle {

    private BouncyCastle() {
    }

    /** The registered provider, registered on first use: looked up once, since the JDK's lookup is synchronized. */
    public static Provider provider() {
        return Registered.PROVIDER;
    }

    private static final class Registered {
        static final Provider PROVIDER = register();

        private static Provider register() {
            synchronized (Security.class) {
                Provider provider = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
                if (provider == null) {
                    provider = new BouncyCastleProvider();
                    Security.addProvider(provider);
                }
                return provider;
            }
        }
    }
}
