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
import org.bouncycastle.math.ec.FixedPointPreCompInfo;
import org.bouncycastle.math.ec.FixedPointUtil;

/**
 * GOST R 34.10-2012 keys moved onto fixed-width arithmetic where their curve's prime is
 * 2^256 − 617 (paramSetA, on which the test CA and most current certificates are issued, and
 * CryptoPro-A/XchA). BouncyCastle computes such curves with {@link BigInteger}; a SMEV message costs
 * eight signatures and verifications, which made GOST half of the interagency module's CPU. Other
 * curves are returned as they are. The results are the same points and signatures, only sooner
 * (GostCurvesTest compares them with BouncyCastle's).
 */
public final class GostCurves {

    /**
     * The comb width of public points, the base point for verifying and a public key: 32 columns of
     * BouncyCastle's two-point comb instead of the 43 its own width of 6 takes. Its table, 256 points
     * (16 KB), is read by index, public scalars' digits; a signature's secret digits read the base
     * point's table in constant time, every entry, so signing keeps BouncyCastle's 64 entries.
     */
    static final int VERIFYING_COMB_WIDTH = 8;

    /** A curve's domain for signing and its domain for verifying, whose base points carry different tables. */
    private record Domains(ECDomainParameters signing, ECDomainParameters verifying) {
    }

    /** One per curve, so that the base point's precomputed tables are made once and shared by every key. */
    private static final Map<List<BigInteger>, Domains> FAST = new ConcurrentHashMap<>();

    private GostCurves() {
    }

    /** The same domain on fast arithmetic, or {@code domain} itself when its prime is another. */
    public static ECDomainParameters fast(ECDomainParameters domain) {
        return movable(domain) ? domains(domain).signing() : domain;
    }

    public static ECPrivateKeyParameters fast(ECPrivateKeyParameters key) {
        if (!movable(key.getParameters())) return key;
        return new ECPrivateKeyParameters(key.getD(), domains(key.getParameters()).signing());
    }

    public static ECPublicKeyParameters fast(ECPublicKeyParameters key) {
        if (!movable(key.getParameters())) return key;
        ECDomainParameters domain = domains(key.getParameters()).verifying();
        ECPoint q = key.getQ().normalize();
        ECPublicKeyParameters fast = new ECPublicKeyParameters(
                domain.getCurve().createPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), domain);
        comb(fast.getQ(), VERIFYING_COMB_WIDTH);
        return fast;
    }

    private static boolean movable(ECDomainParameters domain) {
        ECCurve curve = domain.getCurve();
        return !(curve instanceof Gost256Curve) && curve.getField().getCharacteristic().equals(Gost256FieldElement.Q);
    }

    private static Domains domains(ECDomainParameters domain) {
        ECCurve curve = domain.getCurve();
        ECPoint g = domain.getG().normalize();
        List<BigInteger> key = List.of(curve.getA().toBigInteger(), curve.getB().toBigInteger(), domain.getN(),
                domain.getH(), g.getAffineXCoord().toBigInteger(), g.getAffineYCoord().toBigInteger());
        return FAST.computeIfAbsent(key, k -> {
            Gost256Curve fast = new Gost256Curve(k.get(0), k.get(1), k.get(2), k.get(3));
            ECDomainParameters verifying = new ECDomainParameters(
                    fast, fast.createPoint(k.get(4), k.get(5)), k.get(2), k.get(3), domain.getSeed());
            comb(verifying.getG(), VERIFYING_COMB_WIDTH);
            return new Domains(new ECDomainParameters(
                    fast, fast.createPoint(k.get(4), k.get(5)), k.get(2), k.get(3), domain.getSeed()), verifying);
        });
    }

    /**
     * Gives p the fixed-point comb table of {@code width} that BouncyCastle's comb multipliers
     * ({@code FixedPointCombMultiplier}, {@code ECAlgorithms}' two-point comb) take when they find one
     * at least as wide as their own. With d = ⌈order bits / width⌉ columns, entry i is
     * (1 + Σ 2^(d·b) over the bits b of i)·p, never infinity, and the offset −(2^d − 1)·p takes away
     * what the d leading ones add up to.
     */
    private static void comb(ECPoint p, int width) {
        ECCurve curve = p.getCurve();
        int d = (FixedPointUtil.getCombSize(curve) + width - 1) / width;
        ECPoint[] powers = new ECPoint[width];
        powers[0] = p;
        for (int b = 1; b < width; b++) powers[b] = powers[b - 1].timesPow2(d);
        curve.normalizeAll(powers);
        ECPoint[] table = new ECPoint[1 << width];
        table[0] = p;
        // An entry is the one without its lowest bit plus that bit's power.
        for (int i = 1; i < table.length; i++) table[i] = table[i & (i - 1)].add(powers[Integer.numberOfTrailingZeros(i)]);
        curve.normalizeAll(table);
        FixedPointPreCompInfo info = new FixedPointPreCompInfo();
        info.setLookupTable(curve.createCacheSafeLookupTable(table, 0, table.length));
        info.setOffset(p.subtract(powers[1]).normalize());
        info.setWidth(width);
        curve.precompute(p, FixedPointUtil.PRECOMP_NAME, existing -> info);
    }
}
