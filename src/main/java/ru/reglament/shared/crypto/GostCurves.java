package ru.reglament.shared.crypto;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * GOST R 34.10-2012 keys moved onto fixed-width arithmetic where their curve's prime is
 * 2^256 − 617 (paramSetA, on which the test CA and most current certificates are issued, and
 * CryptoPro-A/XchA). BouncyCastle computes such curves with {@link BigInteger}; a SMEV message costs
 * eight signatures and verifications, which made GOST half of the interagency module's CPU. Other
 * curves are returned as they are. The results are the same points and signatures, only sooner
 * (GostCurvesTest compares them with BouncyCastle's).
 */
public final class GostCurves {

    /** One per curve, so that the base point's precomputed table is made once and shared by every key. */
    private static final Map<List<BigInteger>, ECDomainParameters> FAST = new ConcurrentHashMap<>();

    private GostCurves() {
    }

    /** The same domain on fast arithmetic, or {@code domain} itself when its prime is another. */
    public static ECDomainParameters fast(ECDomainParameters domain) {
        ECCurve curve = domain.getCurve();
        if (curve instanceof Gost256Curve || !curve.getField().getCharacteristic().equals(Gost256FieldElement.Q)) {
            return domain;
        }
        ECPoint g = domain.getG().normalize();
        List<BigInteger> key = List.of(curve.getA().toBigInteger(), curve.getB().toBigInteger(), domain.getN(),
                domain.getH(), g.getAffineXCoord().toBigInteger(), g.getAffineYCoord().toBigInteger());
        return FAST.computeIfAbsent(key, k -> {
            Gost256Curve fast = new Gost256Curve(k.get(0), k.get(1), k.get(2), k.get(3));
            return new ECDomainParameters(fast, fast.createPoint(k.get(4), k.get(5)), k.get(2), k.get(3), domain.getSeed());
        });
    }

    public static ECPrivateKeyParameters fast(ECPrivateKeyParameters key) {
        ECDomainParameters domain = fast(key.getParameters());
        return domain == key.getParameters() ? key : new ECPrivateKeyParameters(key.getD(), domain);
    }

    public static ECPublicKeyParameters fast(ECPublicKeyParameters key) {
        ECDomainParameters domain = fast(key.getParameters());
        if (domain == key.getParameters()) return key;
        ECPoint q = key.getQ().normalize();
        return new ECPublicKeyParameters(
                domain.getCurve().createPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), domain);
    }
}
